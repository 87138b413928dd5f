package nl.starters.branch.blog;

import java.util.UUID;
import nl.starters.servicedefaults.security.Caller;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who reads: nobody (anonymous), a member, or staff of this branch. Staff see drafts, hidden content
 * and every Markdown source; an author sees their own source.
 *
 * @param caller null when nobody signed in
 */
record Reader(Caller caller, boolean staff) {

    static Reader of(Jwt token, String branch) {
        if (token == null) {
            return new Reader(null, false);
        }
        Caller caller = Caller.of(token);
        return new Reader(caller, caller.isStaffOf(branch));
    }

    boolean signedIn() {
        return caller != null;
    }

    boolean mayReadSourceOf(UUID authorId) {
        return staff || (caller != null && caller.memberId().equals(authorId));
    }
}
