-- What a member is told about: an answer to their question, their question promoted, a connection
-- request, a meetup change. Only ever shown to the member it is for.
CREATE TABLE notifications (
    id         uuid         PRIMARY KEY,
    member_id  uuid         NOT NULL,
    type       varchar(40)  NOT NULL,
    subject_id uuid         NOT NULL,
    text       varchar(500) NOT NULL,
    created_at timestamptz  NOT NULL,
    read_at    timestamptz
);
CREATE INDEX notifications_member_newest_first ON notifications (member_id, created_at DESC);

-- The reply promise: every question and every blog comment thread gets a first reply from staff.
-- A row per thing that waits (subject = the question, or the post whose comment thread waits).
CREATE TABLE reply_promises (
    subject_id     uuid        PRIMARY KEY,
    kind           varchar(20) NOT NULL,
    title          varchar(200) NOT NULL,
    waiting_since  timestamptz NOT NULL,
    replied_at     timestamptz,
    replied_by     uuid
);
CREATE INDEX reply_promises_waiting_oldest_first ON reply_promises (waiting_since) WHERE replied_at IS NULL;

-- Moderation: flags by members (one per member and subject), and the state of flagged content.
-- Content without a row is visible; content features filter on this table (Moderation.visible).
CREATE TABLE flags (
    subject_id   uuid         NOT NULL,
    member_id    uuid         NOT NULL,
    reason       varchar(500) NOT NULL,
    created_at   timestamptz  NOT NULL,
    PRIMARY KEY (subject_id, member_id)
);

CREATE TABLE moderation_states (
    subject_id   uuid         PRIMARY KEY,
    subject_kind varchar(20)  NOT NULL,
    state        varchar(20)  NOT NULL,
    reason       varchar(500),
    decided_by   uuid,
    decided_at   timestamptz,
    updated_at   timestamptz  NOT NULL
);
CREATE INDEX moderation_states_pending ON moderation_states (updated_at) WHERE state = 'HIDDEN';

-- How much each member contributed here (kept with every activity): past a threshold a member is trusted.
CREATE TABLE member_activity (
    member_id     uuid    PRIMARY KEY,
    contributions integer NOT NULL
);
