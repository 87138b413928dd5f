package nl.starters.branch.questions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.starters.servicedefaults.members.Author;

/** A question in the list: enough for a card, without its body. */
record QuestionSummary(
        UUID id,
        String title,
        List<String> tags,
        Instant askedAt,
        Instant editedAt,
        Author author,
        long votes,
        long answerCount,
        boolean accepted) {}
