package nl.starters.member.profiles;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.starters.member.accounts.BusinessProfile;
import nl.starters.member.accounts.Member;
import nl.starters.member.accounts.Visibility;

/**
 * A member's own account as only they see it: the real name, the e-mail address and the choices about
 * how others see them.
 *
 * @param passwordLogin whether the account has a password (an account opened through a bank login has none)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OwnProfile(
        UUID id,
        String username,
        String email,
        String fullName,
        String displayName,
        Visibility visibility,
        String pseudonym,
        boolean listed,
        boolean staff,
        String homeBranch,
        List<String> roles,
        String sector,
        String offers,
        String looksFor,
        String city,
        String bio,
        boolean passwordLogin,
        Instant createdAt) {

    public static OwnProfile of(Member member) {
        BusinessProfile profile = member.profile();
        return new OwnProfile(
                member.id(),
                member.username(),
                member.email(),
                member.fullName(),
                member.displayName(),
                member.visibility(),
                member.pseudonym(),
                member.listed(),
                member.staff(),
                member.homeBranch(),
                member.roles(),
                profile.sector(),
                profile.offers(),
                profile.looksFor(),
                profile.city(),
                profile.bio(),
                member.passwordHash() != null,
                member.createdAt());
    }
}
