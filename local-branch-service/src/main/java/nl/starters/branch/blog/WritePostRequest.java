package nl.starters.branch.blog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A new post or the new state of one (PUT replaces title, body and tags).
 *
 * @param tags up to 5, each 1–40 characters; trimmed, lower-cased, duplicates dropped ({@link Tags})
 * @param draft on create: default false, published at once; on edit: default the post's current state,
 *     and false publishes a draft
 */
record WritePostRequest(
        @NotBlank @Size(min = 3, max = 200) String title,
        @NotBlank @Size(max = 20_000) String body,
        List<String> tags,
        Boolean draft) {}
