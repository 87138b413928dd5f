package nl.starters.branch.search;

import java.time.Instant;
import java.util.UUID;

/**
 * One search result, best first.
 *
 * @param snippet the best-matching passage of the body as plain text (no markup; escape it like any text)
 * @param snippetHtml the same passage HTML-escaped, with the matching words in {@code <mark>}: the only tag
 * @param publishedAt when the post was published or the question asked
 * @param rank the relevance PostgreSQL gave it (title counts more than tags, tags more than the body)
 */
record SearchHit(
        HitType type, UUID id, String title, String snippet, String snippetHtml, Instant publishedAt, double rank) {}
