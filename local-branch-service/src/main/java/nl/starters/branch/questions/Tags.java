package nl.starters.branch.questions;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Tags as the contract stores them: trimmed, lower-cased, no duplicates, at most 5 of 1–40 characters. */
final class Tags {

    static final int MAX_TAGS = 5;
    static final int MAX_LENGTH = 40;

    private Tags() {}

    static List<String> normalise(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        Set<String> normalised = new LinkedHashSet<>();
        for (String tag : tags) {
            String clean = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
            if (clean.isEmpty() || clean.length() > MAX_LENGTH) {
                throw invalid("each tag must be 1 to " + MAX_LENGTH + " characters");
            }
            normalised.add(clean);
        }
        if (normalised.size() > MAX_TAGS) {
            throw invalid("at most " + MAX_TAGS + " tags, got " + normalised.size());
        }
        return List.copyOf(normalised);
    }

    /** A tag to filter on, normalised the same way; null when none is asked for. */
    static String filter(String tag) {
        return tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(Locale.ROOT);
    }

    private static ResponseStatusException invalid(String reason) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, "tags: " + reason);
    }
}
