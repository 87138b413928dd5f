package nl.starters.branch.notifications;

/** Why a member is told something. */
public enum NotificationType {
    ANSWER_TO_MY_QUESTION,
    MY_QUESTION_PROMOTED,
    NATIONAL_ANSWER_TO_MY_QUESTION,
    CONNECTION_REQUEST,
    CONNECTION_ACCEPTED,
    MEETUP_CHANGED,
    CONTENT_MODERATED
}
