-- Dutch full-text search: the words of a tag list, and the readable text of a Markdown body for a
-- search snippet (HTML tags go, links and images keep their text, Markdown punctuation goes, and the
-- two control characters snippets use as highlight markers can never come from what a member wrote).
-- The service still escapes every snippet: this is for readability, not for safety.
-- IMMUTABLE so generated columns may use them (array_to_string itself is only STABLE).
CREATE FUNCTION search_tags_text(tags text[]) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN array_to_string(tags, ' ');

CREATE FUNCTION search_plain_text(markdown text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN regexp_replace(
        regexp_replace(
            regexp_replace(
                regexp_replace(translate(markdown, chr(2) || chr(3), ''), '</?[A-Za-z][^<>]*>', ' ', 'g'),
                '!?\[([^\]]*)\]\([^)]*\)', '\1', 'g'),
            '(^|\n)[ \t]*[#>]+', '\1', 'g'),
        '[*_`~|]+', ' ', 'g');

-- Published posts are searched too: title weighs most, then tags, then the body.
ALTER TABLE posts ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('dutch', title), 'A')
    || setweight(to_tsvector('dutch', search_tags_text(tags)), 'B')
    || setweight(to_tsvector('dutch', body), 'C')) STORED;
CREATE INDEX posts_search ON posts USING gin (search);

-- Local questions. share_beyond_region is the asker's consent to show the question in other regions;
-- promoted_at is set by the promotion to the national forum (issue 6), null until then.
CREATE TABLE questions (
    id                  uuid         PRIMARY KEY,
    author_id           uuid         NOT NULL,
    title               varchar(200) NOT NULL,
    body                text         NOT NULL,
    tags                text[]       NOT NULL DEFAULT '{}',
    share_beyond_region boolean      NOT NULL DEFAULT false,
    asked_at            timestamptz  NOT NULL,
    edited_at           timestamptz,
    accepted_answer_id  uuid,
    promoted_at         timestamptz,
    search              tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('dutch', title), 'A')
        || setweight(to_tsvector('dutch', search_tags_text(tags)), 'B')
        || setweight(to_tsvector('dutch', body), 'C')) STORED
);
CREATE INDEX questions_newest_first ON questions (asked_at DESC, id DESC);
CREATE INDEX questions_by_author ON questions (author_id);
CREATE INDEX questions_by_tag ON questions USING gin (tags);
CREATE INDEX questions_search ON questions USING gin (search);

CREATE TABLE answers (
    id          uuid        PRIMARY KEY,
    question_id uuid        NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    author_id   uuid        NOT NULL,
    body        text        NOT NULL,
    answered_at timestamptz NOT NULL,
    edited_at   timestamptz
);
CREATE INDEX answers_by_question ON answers (question_id, answered_at, id);
CREATE INDEX answers_by_author ON answers (author_id);

-- The service keeps an accepted answer to one of the question's own answers.
ALTER TABLE questions ADD CONSTRAINT questions_accepted_answer
    FOREIGN KEY (accepted_answer_id) REFERENCES answers (id) ON DELETE SET NULL;

-- "Me too": one vote per member and question, so a second vote cannot count twice.
CREATE TABLE question_votes (
    question_id uuid        NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    member_id   uuid        NOT NULL,
    voted_at    timestamptz NOT NULL,
    PRIMARY KEY (question_id, member_id)
);
CREATE INDEX question_votes_by_member ON question_votes (member_id);
