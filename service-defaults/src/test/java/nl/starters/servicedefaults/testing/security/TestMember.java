package nl.starters.servicedefaults.testing.security;

import java.util.List;
import java.util.UUID;

/** A member as a test's access token describes them; {@link #bearer()} is their Authorization header. */
public record TestMember(UUID id, String displayName, String branch, List<String> roles) {

    public String token() {
        return TestIdentity.tokenFor(this);
    }

    public String bearer() {
        return "Bearer " + token();
    }
}
