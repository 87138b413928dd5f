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

-- The feed's total without counting every published post on every request: one row kept by a trigger,
-- so it is right however posts are written (the service, a bulk load, a test's INSERT). Moderated posts
-- are few; the feed subtracts those at read time.
CREATE TABLE post_counts (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    published bigint  NOT NULL
);
INSERT INTO post_counts (singleton, published) SELECT true, count(*) FROM posts WHERE NOT draft;

CREATE FUNCTION count_published_posts() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    change bigint := 0;
BEGIN
    IF TG_OP <> 'DELETE' THEN
        change := change + CASE WHEN NEW.draft THEN 0 ELSE 1 END;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        change := change - CASE WHEN OLD.draft THEN 0 ELSE 1 END;
    END IF;
    IF change <> 0 THEN
        UPDATE post_counts SET published = published + change;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER posts_counted AFTER INSERT OR DELETE OR UPDATE OF draft ON posts
    FOR EACH ROW EXECUTE FUNCTION count_published_posts();
