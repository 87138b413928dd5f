-- Argon2id hashes are longer than bcrypt's; an account opened through the bank's login has no password.
ALTER TABLE members ALTER COLUMN password_hash TYPE varchar(255);
ALTER TABLE members ALTER COLUMN password_hash DROP NOT NULL;

-- The name others see, kept beside the real name: the directory searches this one, never the name behind a
-- pseudonym. Written by member-service on every change (Member.displayName()).
ALTER TABLE members ADD COLUMN display_name varchar(200);
UPDATE members
SET display_name = CASE
        WHEN visibility = 'PSEUDONYM' AND NOT (roles && ARRAY['STAFF', 'COORDINATOR']::text[]) THEN pseudonym
        ELSE full_name
    END;
ALTER TABLE members ALTER COLUMN display_name SET NOT NULL;

-- The profile: what a starter does, offers and looks for.
ALTER TABLE members
    ADD COLUMN sector    varchar(100),
    ADD COLUMN offers    varchar(1000),
    ADD COLUMN looks_for varchar(1000),
    ADD COLUMN city      varchar(100),
    ADD COLUMN bio       varchar(2000);

CREATE INDEX members_directory ON members (home_branch, lower(display_name), id) WHERE listed;

-- What is left of an erased member (GDPR): the id, so it is never reused, and when.
CREATE TABLE erased_members (
    id        uuid PRIMARY KEY,
    erased_at timestamptz NOT NULL
);
