package nl.starters.member.testing;

import java.util.UUID;

/** A test member with the tokens of their sign-in. */
public record SignedIn(UUID id, String username, String accessToken, String refreshToken) {

    public String bearer() {
        return "Bearer " + accessToken;
    }
}
