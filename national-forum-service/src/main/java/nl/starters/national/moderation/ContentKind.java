package nl.starters.national.moderation;

import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** What can be flagged and moderated in the national forum. */
enum ContentKind {
    QUESTION,
    ANSWER;

    static ContentKind parse(String kind) {
        try {
            return valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "kind: either QUESTION or ANSWER, was '" + kind + "'");
        }
    }
}
