package nl.starters.national.questions;

import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.members.Author;

/** A national answer as every member sees it: rendered body, author from the members copy, their branch. */
public record AnswerView(
        UUID id, String bodyHtml, Author author, String authorBranch, boolean accepted, Instant postedAt) {}
