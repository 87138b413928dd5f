package nl.starters.e2e;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who calls, in the authorisation matrix: nobody, or an account of each kind. Branch-bound kinds
 * belong to the branch the matrix puts in every branch path ({@value #HOME}) or to another one.
 */
enum Perspective {
    ANONYMOUS(null, null, List.of()),
    MEMBER("member-utrecht", Perspective.HOME, List.of("MEMBER")),
    MEMBER_ELSEWHERE("member-groningen", Perspective.ELSEWHERE, List.of("MEMBER")),
    STAFF("staff-utrecht", Perspective.HOME, List.of("MEMBER", "STAFF")),
    STAFF_ELSEWHERE("staff-groningen", Perspective.ELSEWHERE, List.of("MEMBER", "STAFF")),
    COORDINATOR("coordinator", Perspective.HOME, List.of("MEMBER", "COORDINATOR")),
    ADMIN("admin", Perspective.HOME, List.of("MEMBER", "ADMIN"));

    static final String HOME = "utrecht";
    static final String ELSEWHERE = "groningen";
    static final String DEMO_PASSWORD = "demo";

    private final String demoAccount;
    private final String branch;
    private final List<String> roles;

    Perspective(String demoAccount, String branch, List<String> roles) {
        this.demoAccount = demoAccount;
        this.branch = branch;
        this.roles = roles;
    }

    /** A client for this perspective as a demo account. */
    Gateway demo(Gateway gateway) {
        return this == ANONYMOUS ? gateway.newBrowser() : gateway.apiClient(demoAccount, DEMO_PASSWORD);
    }

    /**
     * A client for this perspective as a brand-new account (for rows that change or end the account),
     * its roles appointed by the admin.
     */
    Gateway fresh(Gateway gateway, Gateway admin) {
        if (this == ANONYMOUS) {
            return gateway.newBrowser();
        }
        String username = "matrix-" + UUID.randomUUID().toString().substring(0, 12);
        String password = "matrix password " + UUID.randomUUID();
        Reply registered = gateway.newBrowser()
                .post(
                        "/api/members",
                        Map.of(
                                "username", username,
                                "email", username + "@example.org",
                                "password", password,
                                "fullName", "Matrix " + name(),
                                "homeBranch", branch));
        if (registered.status() != 201) {
            throw new IllegalStateException("Could not register " + username + ": " + registered);
        }
        if (roles.size() > 1) {
            String id = registered.json().path("id").asString();
            // only staff are appointed to a branch; the others keep their home branch
            Map<String, Object> appointment =
                    roles.contains("STAFF") ? Map.of("roles", roles, "branch", branch) : Map.of("roles", roles);
            Reply appointed = admin.send("PUT", "/api/members/" + id + "/roles", appointment);
            if (appointed.status() != 200) {
                throw new IllegalStateException("Could not appoint " + username + " " + roles + ": " + appointed);
            }
        }
        return gateway.apiClient(username, password);
    }
}
