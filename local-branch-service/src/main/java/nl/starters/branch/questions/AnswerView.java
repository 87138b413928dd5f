package nl.starters.branch.questions;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.members.Author;

/**
 * An answer as a reader sees it: rendered, sanitised HTML for everybody, the Markdown {@code body} only
 * for its author and staff of this branch (absent for anybody else).
 */
record AnswerView(
        UUID id,
        UUID questionId,
        String bodyHtml,
        @JsonInclude(JsonInclude.Include.NON_NULL) String body,
        Author author,
        Instant answeredAt,
        Instant editedAt,
        boolean accepted) {}
