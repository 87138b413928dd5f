package nl.starters.member.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.starters.member.audit.AuditEntry;
import nl.starters.member.federation.IdentityLink;
import nl.starters.member.profiles.OwnProfile;

/**
 * Everything the community holds on one member (GDPR art. 15 and 20): the account and profile, the
 * linked bank logins, the audit entries about them, and their content in the home branch and the national
 * forum as those services hand it over ({@code {memberId, service, items}}).
 */
record MemberExport(
        UUID memberId,
        Instant exportedAt,
        OwnProfile account,
        List<IdentityLink> identities,
        List<AuditEntry> audit,
        Map<String, Object> branch,
        Map<String, Object> national) {}
