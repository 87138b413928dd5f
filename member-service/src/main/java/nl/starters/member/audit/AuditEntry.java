package nl.starters.member.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One decision that changed someone's standing: who (actor), what (action), to whom (subject), when.
 *
 * @param actorId absent when the system acted
 * @param details what changed, e.g. the roles before and after
 */
public record AuditEntry(
        UUID id, UUID actorId, String action, UUID subjectId, Instant occurredAt, Map<String, Object> details) {

    public static final String ROLES_CHANGED = "ROLES_CHANGED";
    public static final String MEMBER_ERASED = "MEMBER_ERASED";
}
