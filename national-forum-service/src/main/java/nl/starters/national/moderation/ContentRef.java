package nl.starters.national.moderation;

import java.util.UUID;

/** A piece of national content as moderation sees it: whose it is and how it reads in the queue. */
record ContentRef(ContentKind kind, UUID id, UUID authorId, String excerpt) {}
