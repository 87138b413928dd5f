package nl.starters.gateway.session;

import java.util.List;
import java.util.UUID;
import nl.starters.servicedefaults.security.Caller;
import org.springframework.security.oauth2.jwt.Jwt;

/** Who is signed in, as the access token says: what a client needs to render its header and menus. */
record MeView(UUID id, String displayName, List<String> roles, String branch) {

    static MeView of(Jwt accessToken) {
        Caller caller = Caller.of(accessToken);
        return new MeView(
                caller.memberId(),
                caller.displayName(),
                caller.roles().stream().sorted().toList(),
                caller.branch());
    }
}
