-- Refresh tokens: only the SHA-256 of the opaque token is stored. A login starts a family; every refresh
-- spends one token and adds the next to the family; a spent token shown again revokes the whole family.
CREATE TABLE refresh_tokens (
    token_hash varchar(64) PRIMARY KEY,
    family_id  uuid        NOT NULL,
    member_id  uuid        NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    issued_at  timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    spent_at   timestamptz,
    revoked_at timestamptz
);
CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_member ON refresh_tokens (member_id);
CREATE INDEX refresh_tokens_expiry ON refresh_tokens (expires_at);

-- Logins at the members' own banks (OpenID Connect), linked by (issuer, subject), never by e-mail.
CREATE TABLE identity_links (
    issuer    varchar(500) NOT NULL,
    subject   varchar(255) NOT NULL,
    member_id uuid         NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    linked_at timestamptz  NOT NULL,
    PRIMARY KEY (issuer, subject)
);
CREATE INDEX identity_links_member ON identity_links (member_id);

-- Who did what to whom, when: role changes, erasures and (later) moderation decisions. Ids only.
CREATE TABLE audit_log (
    id          uuid PRIMARY KEY,
    actor_id    uuid,
    action      varchar(40) NOT NULL,
    subject_id  uuid        NOT NULL,
    occurred_at timestamptz NOT NULL,
    details     jsonb       NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_subject ON audit_log (subject_id);
CREATE INDEX audit_log_actor ON audit_log (actor_id);
CREATE INDEX audit_log_recent ON audit_log (occurred_at DESC, id DESC);
