-- Answers other regions gave to this branch's promoted questions (answers.national.v1). The answer id is
-- the key, so a redelivered or repeated record shows once; a later record of the same answer updates it
-- (e.g. accepted). Authors are shown from this branch's members copy, never from a copied name.
CREATE TABLE national_answers (
    answer_id     uuid        PRIMARY KEY,
    question_id   uuid        NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    author_id     uuid        NOT NULL,
    author_branch text,
    body          text        NOT NULL,
    accepted      boolean     NOT NULL DEFAULT false,
    posted_at     timestamptz NOT NULL,
    received_at   timestamptz NOT NULL
);
CREATE INDEX national_answers_by_question ON national_answers (question_id, posted_at, answer_id);
