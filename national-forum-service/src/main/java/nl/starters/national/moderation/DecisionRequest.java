package nl.starters.national.moderation;

import jakarta.validation.constraints.Size;

/** Why a coordinator decided as they did; required to remove. */
record DecisionRequest(
        @Size(max = 500, message = "a reason is at most 500 characters")
        String reason) {

    /** The reason without surrounding blanks; null when none was given. */
    String given() {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }
}
