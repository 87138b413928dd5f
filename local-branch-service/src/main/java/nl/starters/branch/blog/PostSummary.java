package nl.starters.branch.blog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A post in the branch feed: enough to show a card, without its body. */
record PostSummary(UUID id, String title, List<String> tags, Instant publishedAt, Author author) {

    /** The author as this branch's member read copy shows them; staff carry the bank-employee badge. */
    record Author(UUID id, String displayName, boolean staff) {}
}
