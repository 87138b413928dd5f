package nl.starters.national.activity;

import io.r2dbc.spi.Readable;

/** The additive figures of a branch over a period: a region's or the nation's are their sums. */
record Counts(
        long posts,
        long comments,
        long questions,
        long answers,
        long promoted,
        long connections,
        long listings,
        long meetupRsvps,
        long membersJoined,
        long firstReplies,
        long slaBreaches,
        long unanswered,
        long withoutAcceptedAnswer) {

    static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** The summed {@code activity_daily} columns of a row (see {@link ActivityReports}). */
    static Counts daily(Readable row) {
        return new Counts(
                value(row, "posts"),
                value(row, "comments"),
                value(row, "questions"),
                value(row, "answers"),
                value(row, "promoted"),
                value(row, "connections"),
                value(row, "listings"),
                value(row, "meetup_rsvps"),
                value(row, "members_joined"),
                value(row, "first_replies"),
                value(row, "sla_breaches"),
                value(row, "unanswered"),
                value(row, "without_accepted"));
    }

    Counts plus(Counts other) {
        return new Counts(
                posts + other.posts,
                comments + other.comments,
                questions + other.questions,
                answers + other.answers,
                promoted + other.promoted,
                connections + other.connections,
                listings + other.listings,
                meetupRsvps + other.meetupRsvps,
                membersJoined + other.membersJoined,
                firstReplies + other.firstReplies,
                slaBreaches + other.slaBreaches,
                unanswered + other.unanswered,
                withoutAcceptedAnswer + other.withoutAcceptedAnswer);
    }

    private static long value(Readable row, String column) {
        Number number = row.get(column, Number.class);
        return number == null ? 0 : number.longValue();
    }
}
