package nl.starters.member.federation;

import java.time.Instant;
import java.util.UUID;

/** A bank login (issuer and subject there) that signs a member in. */
public record IdentityLink(String issuer, String subject, UUID memberId, Instant linkedAt) {}
