-- the branch owns a promoted question: REMOVED (moderation there) or WITHDRAWN (consent) hides the copy here;
-- source_time is the event time of the version held, so a stale version never overwrites a newer one
ALTER TABLE national_questions
    ADD COLUMN status      varchar(12) NOT NULL DEFAULT 'SHARED',
    ADD COLUMN source_time timestamptz NOT NULL DEFAULT '-infinity';

CREATE INDEX national_questions_origin ON national_questions (origin_branch, promoted_at DESC);
CREATE INDEX national_questions_tags ON national_questions USING gin (tags);

-- answers from members of any branch; hidden with their question, never deleted by a withdrawal
CREATE TABLE national_answers (
    id            uuid PRIMARY KEY,
    question_id   uuid        NOT NULL REFERENCES national_questions (id),
    author_id     uuid        NOT NULL,
    author_branch varchar(40),
    body          text        NOT NULL,
    posted_at     timestamptz NOT NULL
);

CREATE INDEX national_answers_question ON national_answers (question_id, posted_at);
CREATE INDEX national_answers_author ON national_answers (author_id);

-- coordinators moderate the national forum: flags by distinct members, then a hidden state until reviewed
CREATE TABLE national_flags (
    kind       varchar(12)  NOT NULL,
    subject_id uuid         NOT NULL,
    member_id  uuid         NOT NULL,
    reason     varchar(500) NOT NULL,
    flagged_at timestamptz  NOT NULL,
    PRIMARY KEY (subject_id, member_id)
);

CREATE TABLE national_moderation (
    subject_id uuid PRIMARY KEY,
    kind       varchar(12)  NOT NULL,
    state      varchar(12)  NOT NULL,
    reason     varchar(500),
    decided_by uuid,
    changed_at timestamptz  NOT NULL
);

CREATE INDEX national_moderation_queue ON national_moderation (state, changed_at);
