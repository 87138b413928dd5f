package nl.starters.national.activity;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The additive columns of {@code activity_daily} and which activities each one counts. */
final class DailyColumns {

    /** A column and the condition (over the folded events) of the activities it counts. */
    record Column(String name, String counts) {}

    static final List<Column> COUNTED = List.of(
            new Column("posts", "type = 'POST_PUBLISHED'"),
            new Column("comments", "type = 'COMMENT'"),
            new Column("questions", "type = 'QUESTION_ASKED'"),
            new Column("answers", "type = 'ANSWER'"),
            new Column("promoted", "type = 'QUESTION_PROMOTED'"),
            new Column("connections", "type = 'CONNECTION_MADE'"),
            new Column("listings", "type = 'LISTING_POSTED'"),
            new Column("meetup_rsvps", "type = 'MEETUP_RSVP'"),
            new Column("members_joined", "type = 'MEMBER_JOINED'"),
            new Column("first_replies", "type = 'FIRST_STAFF_REPLY'"),
            new Column("sla_breaches", "type = 'FIRST_STAFF_REPLY' AND breached"));

    /** Counted columns plus the distinct active members, which the fold adds from its own insert. */
    static final List<String> ALL = java.util.stream.Stream.concat(
                    COUNTED.stream().map(Column::name), java.util.stream.Stream.of("active_members"))
            .toList();

    private DailyColumns() {}

    static String join(Function<String, String> each) {
        return ALL.stream().map(each).collect(Collectors.joining(", "));
    }
}
