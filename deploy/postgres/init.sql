-- Runs once, when the data volume is new: one role, one database per service and per branch.
-- A new branch on an existing volume: run its CREATE DATABASE line by hand (see README.md).
CREATE ROLE community LOGIN PASSWORD 'community';
CREATE DATABASE member OWNER community;
CREATE DATABASE national_forum OWNER community;
CREATE DATABASE gateway OWNER community;
CREATE DATABASE branch_utrecht OWNER community;
CREATE DATABASE branch_groningen OWNER community;
CREATE DATABASE branch_eindhoven OWNER community;
