package nl.starters.branch.members;

import java.util.UUID;

/** A member as this branch shows them next to their content; staff carry the bank-employee badge. */
public record MemberCard(UUID id, String displayName, boolean staff) {

    static final String FORMER_MEMBER = "former member";
}
