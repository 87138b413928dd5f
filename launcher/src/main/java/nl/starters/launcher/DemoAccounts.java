package nl.starters.launcher;

import java.util.List;

/**
 * THE PLACE FOR DEMO ACCOUNTS. Once login exists, the embedded default (and only it) seeds demo
 * accounts — a member and a staff member per branch, a coordinator — and these lines print them
 * under the ready line. Until then there are none and nothing is printed.
 */
final class DemoAccounts {

    private DemoAccounts() {}

    /** Lines to print after the ready line, e.g. {@code "  staff utrecht: staff.utrecht / demo-…"}. */
    static List<String> lines(Federation federation) {
        return List.of();
    }
}
