package nl.starters.branch.notifications;

import java.time.Instant;
import java.util.UUID;

/** One thing a member is told; {@code subjectId} is what it is about (a question, a meetup, ...). */
public record Notification(
        UUID id, NotificationType type, UUID subjectId, String text, Instant createdAt, boolean read) {}
