package nl.starters.servicedefaults.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The topics of the contract (DESIGN.md section 4, docs/asyncapi.yaml) with partitions, retention
 * and compaction; the embedded default, the tests and every service create them from here.
 */
public final class Topics {

    public static final String MEMBERS = "members.v1";
    public static final String QUESTIONS_PROMOTED = "questions.promoted.v1";
    public static final String ANSWERS_NATIONAL = "answers.national.v1";
    public static final String ACTIVITY = "activity.v1";
    public static final String CONSULTATIONS_NATIONAL = "consultations.national.v1";
    public static final String CONSULTATIONS_SUMMARIES = "consultations.summaries.v1";

    private static final List<TopicSpec> MAIN = List.of(
            // compacted; an erasure tombstone is compacted away within a day
            new TopicSpec(
                    MEMBERS,
                    6,
                    Map.of(
                            "cleanup.policy",
                            "compact",
                            "max.compaction.lag.ms",
                            days(1),
                            "delete.retention.ms",
                            days(1),
                            "min.cleanable.dirty.ratio",
                            "0.1")),
            new TopicSpec(QUESTIONS_PROMOTED, 6, Map.of("retention.ms", days(30))),
            new TopicSpec(ANSWERS_NATIONAL, 6, Map.of("retention.ms", days(30))),
            new TopicSpec(ACTIVITY, 12, Map.of("retention.ms", days(7))),
            new TopicSpec(CONSULTATIONS_NATIONAL, 6, Map.of("retention.ms", days(90))),
            new TopicSpec(CONSULTATIONS_SUMMARIES, 6, Map.of("retention.ms", days(90))));

    private Topics() {}

    /** Every topic of the contract followed by its dead-letter topic. */
    public static List<TopicSpec> all() {
        return MAIN.stream()
                .flatMap(topic -> Stream.of(topic, topic.deadLetter()))
                .toList();
    }

    static String days(int days) {
        return Long.toString(Duration.ofDays(days).toMillis());
    }
}
