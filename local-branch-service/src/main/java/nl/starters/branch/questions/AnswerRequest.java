package nl.starters.branch.questions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An answer to a local question, in Markdown. */
record AnswerRequest(@NotBlank @Size(max = 20_000) String body) {}
