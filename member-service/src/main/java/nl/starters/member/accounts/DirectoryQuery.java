package nl.starters.member.accounts;

import nl.starters.servicedefaults.web.PageRequest;

/**
 * A search of the member directory: listed members only, optionally of one branch, optionally
 * matching text in the display name, sector, offers, wishes or city (never a real name behind a pseudonym).
 */
public record DirectoryQuery(String branch, String text, PageRequest page) {

    public DirectoryQuery {
        branch = branch == null || branch.isBlank() ? null : branch;
        text = text == null || text.isBlank() ? null : text.strip();
    }
}
