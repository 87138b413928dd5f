package nl.starters.branch.moderation;

import jakarta.validation.constraints.Size;

/** Why staff decided as they did; shown to the content's author (required to remove). */
record DecisionRequest(
        @Size(max = 500, message = "a reason is at most 500 characters")
        String reason) {

    static final DecisionRequest NONE = new DecisionRequest(null);

    /** The reason without surrounding blanks; null when none was given. */
    String given() {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }
}
