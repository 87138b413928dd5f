package nl.starters.member.accounts;

import java.util.List;
import java.util.UUID;

/** A profile as anybody may see it: never the real name behind a pseudonym. */
record MemberView(UUID id, String displayName, String homeBranch, boolean staff, List<String> roles) {

    static MemberView of(Member member) {
        return new MemberView(member.id(), member.displayName(), member.homeBranch(), member.staff(), member.roles());
    }
}
