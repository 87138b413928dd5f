package nl.starters.branch.blog;

import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.members.Author;

/** A comment as stored, with its author as the member copy shows them. */
record Comment(UUID id, UUID postId, String body, Author author, Instant createdAt) {}
