package nl.starters.servicedefaults.security;

/** The claims member-service puts in an access token beyond the registered ones. */
public final class CommunityClaims {

    /** The member's roles, e.g. {@code ["MEMBER", "STAFF"]}. */
    public static final String ROLES = "roles";
    /** The member's home branch; for staff the branch they work for. */
    public static final String BRANCH = "branch";
    /** The name others see: the full name, or the member's pseudonym. */
    public static final String NAME = "name";

    private CommunityClaims() {}
}
