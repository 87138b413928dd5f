-- this branch's read copy of members.v1: how each member may be shown here (never a real name behind a pseudonym)
CREATE TABLE members (
    id           uuid PRIMARY KEY,
    display_name varchar(200) NOT NULL,
    staff        boolean      NOT NULL DEFAULT false,
    home_branch  varchar(40),
    erased       boolean      NOT NULL DEFAULT false,
    updated_at   timestamptz  NOT NULL
);

CREATE TABLE posts (
    id           uuid PRIMARY KEY,
    author_id    uuid         NOT NULL,
    title        varchar(200) NOT NULL,
    body         text         NOT NULL,
    tags         text[]       NOT NULL DEFAULT '{}',
    draft        boolean      NOT NULL DEFAULT false,
    created_at   timestamptz  NOT NULL,
    published_at timestamptz,
    edited_at    timestamptz
);

CREATE INDEX posts_published_newest_first ON posts (published_at DESC) WHERE NOT draft;
