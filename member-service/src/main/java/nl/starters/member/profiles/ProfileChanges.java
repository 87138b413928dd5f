package nl.starters.member.profiles;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.starters.member.accounts.BusinessProfile;
import nl.starters.member.accounts.Member;
import nl.starters.member.accounts.Visibility;

/**
 * An edit of the own profile with merge semantics: a field left out (or null) stays as it is; an empty
 * string clears an optional text (sector, offers, looksFor, city, bio).
 */
record ProfileChanges(
        @Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
        String fullName,

        Visibility visibility,

        @Size(min = 2, max = 60) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
        String pseudonym,

        Boolean listed,
        @Size(max = 100) String sector,
        @Size(max = 1000) String offers,
        @Size(max = 1000) String looksFor,
        @Size(max = 100) String city,
        @Size(max = 2000) String bio) {

    Member applyTo(Member member) {
        Visibility newVisibility = visibility == null ? member.visibility() : visibility;
        String newPseudonym = pseudonym == null ? member.pseudonym() : pseudonym.strip();
        if (newVisibility == Visibility.PSEUDONYM && newPseudonym == null) {
            throw new InvalidProfileChange("pseudonym: is required with visibility PSEUDONYM");
        }
        BusinessProfile old = member.profile();
        BusinessProfile profile = new BusinessProfile(
                text(sector, old.sector()),
                text(offers, old.offers()),
                text(looksFor, old.looksFor()),
                text(city, old.city()),
                text(bio, old.bio()));
        return new Member(
                member.id(),
                member.username(),
                member.email(),
                member.passwordHash(),
                fullName == null ? member.fullName() : fullName.strip(),
                member.homeBranch(),
                newVisibility,
                newPseudonym,
                listed == null ? member.listed() : listed,
                member.roles(),
                profile,
                member.createdAt());
    }

    private static String text(String given, String old) {
        if (given == null) {
            return old;
        }
        return given.isBlank() ? null : given.strip();
    }
}
