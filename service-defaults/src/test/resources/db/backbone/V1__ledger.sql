-- the test service's own tables, migrated by Boot's Flyway in public beside the messaging schema
CREATE TABLE ledger_entry (
    key text    NOT NULL,
    seq integer NOT NULL,
    PRIMARY KEY (key, seq)
);

-- no unique constraint on purpose: a duplicate effect must be countable
CREATE TABLE effect (
    consumer   text        NOT NULL,
    event_id   uuid        NOT NULL,
    key        text        NOT NULL,
    seq        integer     NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
