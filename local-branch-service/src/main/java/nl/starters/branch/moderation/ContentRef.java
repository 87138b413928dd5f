package nl.starters.branch.moderation;

import java.util.UUID;

/**
 * A piece of content moderation can act on.
 *
 * @param kind e.g. {@code POST}, {@code COMMENT}, {@code QUESTION}, {@code ANSWER}
 * @param title what the moderation queue and the author's notification call it
 */
public record ContentRef(String kind, UUID id, UUID authorId, String title) {}
