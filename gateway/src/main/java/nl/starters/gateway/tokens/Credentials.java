package nl.starters.gateway.tokens;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A member's username and password, as a login form or an API client sends them. */
public record Credentials(
        @NotBlank @Size(max = 100) String username,
        @NotBlank @Size(max = 200) String password) {

    @Override
    public String toString() {
        return "Credentials[username=" + username + "]";
    }
}
