package nl.starters.launcher;

import java.util.regex.Pattern;

/** One entry of the branch registry; its id names the branch's database and log. */
public record Branch(String id, String name, String region) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

    public Branch {
        if (id == null || !ID.matcher(id).matches()) {
            throw new LauncherFailure("Branch id '" + id + "' in config/branches.yml must be lower-case letters, "
                    + "digits and hyphens, starting with a letter.");
        }
    }

    /** The database of this branch's instance, as local-branch-service names it by default. */
    public String database() {
        return "branch_" + id;
    }
}
