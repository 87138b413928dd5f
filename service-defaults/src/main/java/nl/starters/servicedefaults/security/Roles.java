package nl.starters.servicedefaults.security;

/** The roles of the community, as the {@code roles} claim of an access token carries them. */
public final class Roles {

    public static final String MEMBER = "MEMBER";
    /** A bank employee, bound to one branch: the {@code branch} claim. */
    public static final String STAFF = "STAFF";

    public static final String COORDINATOR = "COORDINATOR";
    public static final String ADMIN = "ADMIN";

    private Roles() {}
}
