package nl.starters.national.answers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A national answer, in Markdown. */
record AnswerRequest(
        @NotBlank(message = "write an answer") @Size(max = 20_000, message = "an answer is at most 20,000 characters")
        String body) {}
