package nl.starters.servicedefaults.branches;

import java.util.regex.Pattern;

/**
 * One local bank in the registry. Its id becomes part of URLs, Kubernetes service names and
 * database names, so it is kept to a DNS label: lowercase letters, digits and inner '-'.
 */
public record Branch(String id, String name, String region) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?");
    private static final int MAX_ID_LENGTH = 50;

    public Branch {
        if (id == null || id.length() > MAX_ID_LENGTH || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Branch id '" + id + "' in community.branches may only hold lowercase"
                    + " letters, digits and '-' (not first or last), at most " + MAX_ID_LENGTH + " characters");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Branch '" + id + "' in community.branches has no name");
        }
        if (region == null || region.isBlank()) {
            throw new IllegalArgumentException("Branch '" + id + "' in community.branches has no region");
        }
    }
}
