package nl.starters.branch.questions;

import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.members.Author;

/**
 * An answer from another region to a promoted question, as the question's view shows it: the author's
 * name from this branch's members copy, the body rendered and sanitised here.
 */
public record NationalAnswerView(
        UUID id, String bodyHtml, Author author, String authorBranch, boolean accepted, Instant postedAt) {}
