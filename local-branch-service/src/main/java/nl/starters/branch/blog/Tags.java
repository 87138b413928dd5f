package nl.starters.branch.blog;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.starters.servicedefaults.problems.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** Tags as the branch keeps them: trimmed, lower-case, no duplicates, at most 5 of 1–40 characters. */
final class Tags {

    static final int MAX_TAGS = 5;
    static final int MAX_LENGTH = 40;

    private Tags() {}

    static List<String> normalise(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        Set<String> kept = new LinkedHashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            String clean = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
            if (clean.isEmpty() || clean.length() > MAX_LENGTH) {
                throw invalid("tags: each tag must be 1 to " + MAX_LENGTH + " characters; tag " + (i + 1) + " has "
                        + clean.length());
            }
            kept.add(clean);
        }
        if (kept.size() > MAX_TAGS) {
            throw invalid("tags: at most " + MAX_TAGS + " different tags, got " + kept.size());
        }
        return List.copyOf(kept);
    }

    private static ErrorResponseException invalid(String detail) {
        return new ErrorResponseException(
                HttpStatus.BAD_REQUEST, Problems.of(HttpStatus.BAD_REQUEST, "Invalid request", detail), null);
    }
}
