-- the national forum's read copy of members.v1, for rendering authors without calling member-service
CREATE TABLE members (
    id           uuid PRIMARY KEY,
    display_name varchar(200) NOT NULL,
    staff        boolean      NOT NULL DEFAULT false,
    home_branch  varchar(40),
    erased       boolean      NOT NULL DEFAULT false,
    updated_at   timestamptz  NOT NULL
);

-- copies of questions promoted by the branches; same id as the local question
CREATE TABLE national_questions (
    id                 uuid PRIMARY KEY,
    origin_branch      varchar(40)  NOT NULL,
    asker_id           uuid         NOT NULL,
    title              varchar(200) NOT NULL,
    body               text         NOT NULL,
    tags               text[]       NOT NULL DEFAULT '{}',
    accepted_answer_id uuid,
    promoted_at        timestamptz  NOT NULL,
    updated_at         timestamptz  NOT NULL
);

CREATE INDEX national_questions_newest_first ON national_questions (promoted_at DESC);
