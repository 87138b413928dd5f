package nl.starters.launcher;

import java.util.ArrayList;
import java.util.List;
import nl.starters.servicedefaults.branches.Branch;

/**
 * The demo accounts member-service creates under the embedded profile (and only there), printed
 * under the ready line so a person can log in at once. All share the password {@value #PASSWORD}.
 */
final class DemoAccounts {

    static final String PASSWORD = "demo";

    private DemoAccounts() {}

    /** Usernames: staff and a member per branch of the registry, a coordinator and an admin. */
    static List<String> usernames(List<Branch> branches) {
        List<String> names = new ArrayList<>();
        branches.forEach(branch -> names.add("staff-" + branch.id()));
        branches.forEach(branch -> names.add("member-" + branch.id()));
        names.add("coordinator");
        names.add("admin");
        return names;
    }

    static List<String> lines(Federation federation) {
        return List.of(
                "Demo accounts (password '" + PASSWORD + "'; log in with POST /api/session or POST /api/token):",
                "  " + String.join(", ", usernames(federation.plan().branches())));
    }
}
