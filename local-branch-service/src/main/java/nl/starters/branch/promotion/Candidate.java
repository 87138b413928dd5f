package nl.starters.branch.promotion;

import nl.starters.branch.moderation.ModerationState;
import nl.starters.branch.questions.Question;

/** A question as the promotion decides on it: as stored, and where moderation left it. */
record Candidate(Question question, ModerationState moderation) {

    boolean visible() {
        return moderation == ModerationState.VISIBLE;
    }

    boolean promoted() {
        return question.promotedAt() != null;
    }
}
