package nl.starters.branch.questions;

import java.util.UUID;

/** A question's "me too" count after a vote, and whether the caller's vote is among them. */
record VoteView(UUID questionId, long votes, boolean votedByMe) {}
