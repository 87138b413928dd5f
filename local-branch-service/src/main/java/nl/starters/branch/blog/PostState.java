package nl.starters.branch.blog;

import java.time.Instant;

/**
 * Where a post is in its life — a draft (never published), or published since {@code publishedAt} — and
 * what it says now.
 */
record PostState(boolean draft, Instant publishedAt, PostContent content) {}
