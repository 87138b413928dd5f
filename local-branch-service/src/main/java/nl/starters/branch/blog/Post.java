package nl.starters.branch.blog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.starters.servicedefaults.members.Author;

/** A post as stored, with its author as the member copy shows them and its comment count for the reader. */
record Post(
        UUID id,
        String title,
        String body,
        List<String> tags,
        boolean draft,
        Instant publishedAt,
        Instant editedAt,
        Author author,
        long commentCount) {}
