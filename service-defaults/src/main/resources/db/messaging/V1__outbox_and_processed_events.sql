-- The event backbone's own tables, in their own schema with their own Flyway history
-- (messaging.flyway_schema_history), so they never mix with a service's migrations in public.

-- Events written in the same transaction as the state change they describe; the relay publishes
-- them in seq order and marks them published once the broker acknowledged them.
CREATE TABLE messaging.outbox (
    seq          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id           uuid        NOT NULL UNIQUE,
    topic        text        NOT NULL,
    key          text,
    type         text        NOT NULL,
    payload      text        NOT NULL,
    occurred_at  timestamptz NOT NULL,
    published_at timestamptz,
    failed_at    timestamptz,
    attempts     integer     NOT NULL DEFAULT 0,
    last_error   text
);

CREATE INDEX outbox_pending ON messaging.outbox (seq) WHERE published_at IS NULL AND failed_at IS NULL;
CREATE INDEX outbox_published ON messaging.outbox (published_at) WHERE published_at IS NOT NULL;

-- Wakes the relays (LISTEN messaging_outbox) when a transaction that wrote events commits;
-- PostgreSQL delivers notifications only on commit, and folds equal ones of one transaction.
CREATE FUNCTION messaging.notify_outbox() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_notify('messaging_outbox', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER outbox_notify
    AFTER INSERT ON messaging.outbox
    FOR EACH STATEMENT EXECUTE FUNCTION messaging.notify_outbox();

-- The events a consumer has applied, written in the same transaction as the effect:
-- a redelivered event finds its id here and changes nothing.
CREATE TABLE messaging.processed_events (
    consumer     text        NOT NULL,
    event_id     uuid        NOT NULL,
    processed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

CREATE INDEX processed_events_age ON messaging.processed_events (processed_at);
