-- Blog: comments by members on staff posts, and what the home feed needs to stay one cheap statement.

CREATE TABLE comments (
    id         uuid        PRIMARY KEY,
    post_id    uuid        NOT NULL REFERENCES posts (id),
    author_id  uuid        NOT NULL,
    body       text        NOT NULL,
    created_at timestamptz NOT NULL
);
-- a post's thread oldest first, and its comment count as an index-only scan (id is in the index, so the
-- moderation check needs no heap visit)
CREATE INDEX comments_by_post_oldest_first ON comments (post_id, created_at, id);
-- the GDPR export
CREATE INDEX comments_by_author ON comments (author_id);
CREATE INDEX posts_by_author ON posts (author_id);

-- the feed pages by (published_at, id) newest first; the id breaks ties so no post shows on two pages
DROP INDEX posts_published_newest_first;
CREATE INDEX posts_feed_newest_first ON posts (published_at DESC, id DESC) WHERE NOT draft;
-- staff's list of drafts
CREATE INDEX posts_drafts_newest_first ON posts (created_at DESC, id DESC) WHERE draft;
-- ?tag= filter (tags @> ARRAY[tag])
CREATE INDEX posts_tags ON posts USING gin (tags);

-- The feed's total without counting every published post on every request: one row kept by statement
-- triggers, so it is right however posts are written (the service, a bulk load, a test's INSERT) and a
-- bulk load updates it once, not once per row. Moderated posts are few; the feed subtracts those when read.
CREATE TABLE post_counts (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    published bigint  NOT NULL
);
INSERT INTO post_counts (singleton, published) SELECT true, count(*) FROM posts WHERE NOT draft;

CREATE FUNCTION count_published_posts() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    change bigint := 0;
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        change := change + (SELECT count(*) FROM new_posts WHERE NOT draft);
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        change := change - (SELECT count(*) FROM old_posts WHERE NOT draft);
    END IF;
    IF change <> 0 THEN
        UPDATE post_counts SET published = published + change;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER posts_inserted_counted AFTER INSERT ON posts
    REFERENCING NEW TABLE AS new_posts
    FOR EACH STATEMENT EXECUTE FUNCTION count_published_posts();
CREATE TRIGGER posts_updated_counted AFTER UPDATE ON posts
    REFERENCING OLD TABLE AS old_posts NEW TABLE AS new_posts
    FOR EACH STATEMENT EXECUTE FUNCTION count_published_posts();
CREATE TRIGGER posts_deleted_counted AFTER DELETE ON posts
    REFERENCING OLD TABLE AS old_posts
    FOR EACH STATEMENT EXECUTE FUNCTION count_published_posts();
