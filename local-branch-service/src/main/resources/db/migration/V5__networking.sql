-- Networking: connection requests between members, the offers and requests board, meetups with RSVPs.

-- One row per pair of members, whoever asked first: a second request either way finds this one.
CREATE TABLE connections (
    id           uuid         PRIMARY KEY,
    requester_id uuid         NOT NULL,
    addressee_id uuid         NOT NULL,
    message      varchar(500),
    state        varchar(20)  NOT NULL CHECK (state IN ('PENDING', 'ACCEPTED', 'DECLINED')),
    created_at   timestamptz  NOT NULL,
    decided_at   timestamptz,
    CHECK (requester_id <> addressee_id)
);
CREATE UNIQUE INDEX connections_one_per_pair
    ON connections (least(requester_id, addressee_id), greatest(requester_id, addressee_id));
CREATE INDEX connections_by_requester ON connections (requester_id, created_at DESC);
CREATE INDEX connections_by_addressee ON connections (addressee_id, created_at DESC);

-- The board: what members offer and look for, until it expires.
CREATE TABLE listings (
    id         uuid         PRIMARY KEY,
    author_id  uuid         NOT NULL,
    type       varchar(10)  NOT NULL CHECK (type IN ('OFFER', 'REQUEST')),
    title      varchar(200) NOT NULL,
    body       text         NOT NULL,
    sector     varchar(100) NOT NULL,
    created_at timestamptz  NOT NULL,
    expires_at timestamptz  NOT NULL
);
CREATE INDEX listings_newest_first ON listings (created_at DESC, id DESC);
CREATE INDEX listings_by_author ON listings (author_id, created_at);

-- Meetups organised by staff; a member's RSVP is GOING up to the capacity, then WAITING in arrival order.
CREATE TABLE meetups (
    id           uuid         PRIMARY KEY,
    organiser_id uuid         NOT NULL,
    title        varchar(200) NOT NULL,
    description  text         NOT NULL,
    starts_at    timestamptz  NOT NULL,
    place        varchar(200) NOT NULL,
    capacity     integer      NOT NULL CHECK (capacity BETWEEN 1 AND 1000),
    created_at   timestamptz  NOT NULL,
    edited_at    timestamptz
);
CREATE INDEX meetups_by_start ON meetups (starts_at, id);
CREATE INDEX meetups_by_organiser ON meetups (organiser_id, created_at);

CREATE TABLE meetup_rsvps (
    meetup_id  uuid        NOT NULL REFERENCES meetups (id) ON DELETE CASCADE,
    member_id  uuid        NOT NULL,
    state      varchar(10) NOT NULL CHECK (state IN ('GOING', 'WAITING')),
    created_at timestamptz NOT NULL,
    PRIMARY KEY (meetup_id, member_id)
);
CREATE INDEX meetup_rsvps_in_arrival_order ON meetup_rsvps (meetup_id, state, created_at);
CREATE INDEX meetup_rsvps_by_member ON meetup_rsvps (member_id, created_at);
