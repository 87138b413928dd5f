package nl.starters.branch.blog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.starters.servicedefaults.members.Author;

/**
 * One post as a reader sees it: the sanitised HTML always; the Markdown source only for its author and
 * staff of this branch (for editing); the first comments only for signed-in readers.
 *
 * @param editedAt set once a published post is edited: shown as "edited"
 * @param comments the first page of comments, oldest first; more through {@code .../comments?page=}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PostView(
        UUID id,
        String title,
        String bodyHtml,
        String body,
        List<String> tags,
        boolean draft,
        Instant publishedAt,
        Instant editedAt,
        Author author,
        long commentCount,
        List<CommentView> comments) {}
