-- A staff decision reviews the flags waiting on the content: they stop counting towards hiding it
-- (a restore is not undone by the same flags), and the members who gave them cannot flag it again.
-- The moderation queue shows, per decision, the flags it reviewed (reviewed_at = decided_at).
ALTER TABLE flags ADD COLUMN reviewed_at timestamptz;

-- a member's own flags, for their export
CREATE INDEX flags_by_member ON flags (member_id);
-- the decisions taken, newest first
CREATE INDEX moderation_states_decided ON moderation_states (state, decided_at DESC) WHERE decided_at IS NOT NULL;
