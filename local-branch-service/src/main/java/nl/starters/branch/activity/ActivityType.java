package nl.starters.branch.activity;

/** What happened, as {@code activity.v1} names it (DESIGN.md section 4; documented in docs/asyncapi.yaml). */
public enum ActivityType {
    POST_PUBLISHED,
    COMMENT,
    QUESTION_ASKED,
    ANSWER,
    FIRST_STAFF_REPLY,
    QUESTION_PROMOTED,
    CONNECTION_MADE,
    LISTING_POSTED,
    MEETUP_RSVP,
    MEMBER_JOINED
}
