-- Activity of every branch and the national forum (activity.v1), folded into per-day, per-branch figures.
-- Days are calendar days in community.national.activity.zone.

-- the events folded so far: a redelivered or replayed event finds its id here and counts nothing;
-- kept longer than the topic's retention, then deleted by ActivityEventsCleanup
CREATE TABLE activity_events (
    event_id  uuid PRIMARY KEY,
    folded_on date NOT NULL DEFAULT current_date
);

CREATE INDEX activity_events_age ON activity_events USING brin (folded_on);

-- the additive figures of one branch on one day; version (from activity_version, taken under a lock
-- until commit, so versions become visible in order) tells the live stream which rows changed.
-- Every fold updates its rows twice: no index on the updated columns and half-empty pages keep those
-- updates HOT, so the small table does not bloat (the stream's poller scans it, a few rows per branch a day)
CREATE SEQUENCE activity_version;

CREATE TABLE activity_daily (
    day               date        NOT NULL,
    branch            varchar(40) NOT NULL,
    posts             bigint      NOT NULL DEFAULT 0,
    comments          bigint      NOT NULL DEFAULT 0,
    questions         bigint      NOT NULL DEFAULT 0,
    answers           bigint      NOT NULL DEFAULT 0,
    promoted          bigint      NOT NULL DEFAULT 0,
    connections       bigint      NOT NULL DEFAULT 0,
    listings          bigint      NOT NULL DEFAULT 0,
    meetup_rsvps      bigint      NOT NULL DEFAULT 0,
    members_joined    bigint      NOT NULL DEFAULT 0,
    first_replies     bigint      NOT NULL DEFAULT 0,
    sla_breaches      bigint      NOT NULL DEFAULT 0,
    active_members    bigint      NOT NULL DEFAULT 0,
    version           bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (day, branch)
) WITH (fillfactor = 50);

-- distinct active members per branch and day, by the first 64 bits of their keyed hash (never their id;
-- among a million members, two share them with a chance of about 1 in 40 million; a smaller index folds faster)
CREATE TABLE activity_members (
    day        date        NOT NULL,
    branch     varchar(40) NOT NULL,
    member_key bigint      NOT NULL,
    PRIMARY KEY (day, branch, member_key)
);

-- every first staff reply's wait in working seconds: median and p90 come from percentile_cont at read time
CREATE TABLE activity_replies (
    event_id        uuid PRIMARY KEY,
    day             date        NOT NULL,
    branch          varchar(40) NOT NULL,
    latency_seconds bigint      NOT NULL
);

CREATE INDEX activity_replies_day ON activity_replies (day, branch);

-- questions asked (branch and day known once QUESTION_ASKED arrived) and whether any answer came
-- (an ANSWER naming it as parentId, from its branch or the national forum), in whatever order they arrive
CREATE TABLE activity_questions (
    question_id uuid PRIMARY KEY,
    day         date,
    branch      varchar(40),
    answered    boolean NOT NULL DEFAULT false
);

CREATE INDEX activity_questions_unanswered ON activity_questions (day, branch) WHERE NOT answered;
