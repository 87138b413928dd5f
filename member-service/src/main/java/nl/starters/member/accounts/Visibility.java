package nl.starters.member.accounts;

/** How a member appears to others: under their full name, or a pseudonym (members only). */
public enum Visibility {
    FULL_NAME,
    PSEUDONYM
}
