package nl.starters.member.accounts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;

/**
 * A member as every signed-in member sees them: the display name and the bank-employee badge; the full
 * name only when it is the display name anyway — never the real name behind a pseudonym.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublicProfile(
        UUID id,
        String displayName,
        String fullName,
        boolean staff,
        String homeBranch,
        List<String> roles,
        String sector,
        String offers,
        String looksFor,
        String city,
        String bio) {

    public static PublicProfile of(Member member) {
        BusinessProfile profile = member.profile();
        return new PublicProfile(
                member.id(),
                member.displayName(),
                member.fullNameVisible() ? member.fullName() : null,
                member.staff(),
                member.homeBranch(),
                member.roles(),
                profile.sector(),
                profile.offers(),
                profile.looksFor(),
                profile.city(),
                profile.bio());
    }
}
