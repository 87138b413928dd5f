package nl.starters.branch.blog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A comment on a post: Markdown, 1–20,000 characters. */
record WriteCommentRequest(@NotBlank @Size(max = 20_000) String body) {}
