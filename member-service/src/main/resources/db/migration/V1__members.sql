CREATE TABLE members (
    id            uuid PRIMARY KEY,
    username      varchar(40)  NOT NULL,
    email         varchar(254) NOT NULL,
    password_hash varchar(100) NOT NULL,
    full_name     varchar(200) NOT NULL,
    home_branch   varchar(40)  NOT NULL,
    visibility    varchar(16)  NOT NULL,
    pseudonym     varchar(60),
    listed        boolean      NOT NULL DEFAULT false,
    roles         text[]       NOT NULL DEFAULT '{MEMBER}',
    created_at    timestamptz  NOT NULL,
    updated_at    timestamptz  NOT NULL
);

CREATE UNIQUE INDEX members_username_unique ON members (lower(username));
CREATE UNIQUE INDEX members_email_unique ON members (lower(email));
