package nl.starters.branch.blog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.members.Author;

/** A comment as a reader sees it; the Markdown {@code body} only for its author and staff of this branch. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CommentView(UUID id, UUID postId, String bodyHtml, String body, Author author, Instant createdAt) {}
