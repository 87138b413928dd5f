-- A browser's session: the cookie holds a random id, this table its SHA-256 and the member's tokens,
-- so every gateway replica (and a restarted one) knows the session and a leaked table row is no cookie.
CREATE TABLE browser_session (
    id_hash           TEXT        PRIMARY KEY,
    member_id         UUID        NOT NULL,
    access_token      TEXT        NOT NULL,
    access_expires_at TIMESTAMPTZ NOT NULL,
    refresh_token     TEXT        NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    last_seen_at      TIMESTAMPTZ NOT NULL,
    -- set while one request renews the access token, so no other request (or replica) spends the
    -- refresh token a second time
    renewing_until    TIMESTAMPTZ
);

CREATE INDEX browser_session_member ON browser_session (member_id);
CREATE INDEX browser_session_last_seen ON browser_session (last_seen_at);
CREATE INDEX browser_session_created ON browser_session (created_at);

-- An OpenID Connect login under way (its state and nonce), bound to the browser that started it by
-- a cookie holding a random key; lives for minutes.
CREATE TABLE sso_login_request (
    key_hash   TEXT        PRIMARY KEY,
    request    BYTEA       NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);
