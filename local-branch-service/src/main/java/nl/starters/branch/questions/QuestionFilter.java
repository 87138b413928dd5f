package nl.starters.branch.questions;

import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The list's {@code ?filter=}: questions nobody answered yet, or the reader's own. */
enum QuestionFilter {
    ALL,
    UNANSWERED,
    MINE;

    static QuestionFilter of(String value) {
        if (value == null || value.isBlank()) {
            return ALL;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "filter: must be 'unanswered' or 'mine', was '" + value + "'");
        }
    }
}
