package nl.starters.branch.questions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A new question, or the whole of an edited one ({@code PUT}).
 *
 * @param tags up to 5, each 1–40 characters; stored trimmed, lower-cased, without duplicates
 * @param shareBeyondRegion the asker's consent to show it in other regions; absent means no
 */
record QuestionRequest(
        @NotBlank @Size(min = 3, max = 200) String title,
        @NotBlank @Size(max = 20_000) String body,
        List<String> tags,
        Boolean shareBeyondRegion) {

    boolean sharing() {
        return Boolean.TRUE.equals(shareBeyondRegion);
    }
}
