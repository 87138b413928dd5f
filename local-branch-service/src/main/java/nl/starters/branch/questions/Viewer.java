package nl.starters.branch.questions;

import java.util.UUID;
import nl.starters.branch.moderation.Moderation;
import nl.starters.servicedefaults.security.Caller;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who reads or writes: staff of this branch see hidden content (they review it) and every Markdown
 * source; anybody else sees what moderation left visible, and only their own sources.
 */
record Viewer(UUID memberId, boolean staff) {

    static Viewer of(Jwt token, String branch) {
        Caller caller = Caller.of(token);
        return new Viewer(caller.memberId(), caller.isStaffOf(branch));
    }

    /** The SQL condition under which this viewer sees the content whose id is {@code idColumn}. */
    String sees(String idColumn) {
        return Moderation.visibleTo(staff, idColumn);
    }

    boolean mayReadSourceOf(UUID authorId) {
        return staff || memberId.equals(authorId);
    }
}
