package nl.starters.national.activity;

import static nl.starters.national.activity.Activities.activity;
import static nl.starters.national.activity.Activities.hash;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.starters.servicedefaults.kafka.EventEnvelope;
import nl.starters.servicedefaults.testing.ServiceIntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;

@ServiceIntegrationTest
class ActivityFoldIntegrationTests {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    DatabaseClient db;

    @Test
    void activitiesAreFoldedPerBranchAndDayAndAReplayCountsNothingTwice() {
        String branch = "fold-" + UUID.randomUUID().toString().substring(0, 8);
        Instant at = Instant.parse("2026-03-02T22:30:00Z"); // 23:30 in Amsterdam: still 2 March there
        UUID question = UUID.randomUUID();
        List<Map<String, Object>> sent = new ArrayList<>();
        sent.add(with(activity(branch, "POST_PUBLISHED", at), "memberHash", hash(1)));
        sent.add(with(activity(branch, "COMMENT", at), "memberHash", hash(2)));
        sent.add(with(with(activity(branch, "QUESTION_ASKED", at), "memberHash", hash(2)), "subjectId", question));
        sent.add(with(
                with(activity(branch, "QUESTION_ASKED", at), "memberHash", hash(3)), "subjectId", UUID.randomUUID()));
        sent.add(with(with(activity(branch, "ANSWER", at), "memberHash", hash(1)), "parentId", question));
        sent.add(with(
                with(with(activity(branch, "FIRST_STAFF_REPLY", at), "memberHash", hash(1)), "latencySeconds", 100),
                "slaBreached",
                false));
        sent.add(with(
                with(with(activity(branch, "FIRST_STAFF_REPLY", at), "memberHash", hash(1)), "latencySeconds", 40_000),
                "slaBreached",
                true));
        sent.add(activity(branch, "QUESTION_PROMOTED", at));
        sent.add(activity(branch, "SOMETHING_NEW", at));
        Activities activities = new Activities(kafka);
        sent.forEach(activities::send);

        LocalDate day = LocalDate.of(2026, 3, 2);
        awaitDaily(
                branch,
                day,
                "posts, comments, questions, answers, promoted, first_replies, sla_breaches, active_members",
                "1,1,2,1,1,2,1,3");
        assertThat(one("SELECT count(*) FROM activity_questions WHERE branch = '" + branch + "' AND NOT answered"))
                .isEqualTo("1");
        assertThat(one("SELECT string_agg(latency_seconds::text, ',' ORDER BY latency_seconds) FROM activity_replies"
                        + " WHERE branch = '" + branch + "'"))
                .isEqualTo("100,40000");

        sent.forEach(activities::send);
        activities.send(activity(branch, "LISTING_POSTED", at));
        awaitDaily(branch, day, "listings", "1");
        assertThat(daily(
                        branch,
                        day,
                        "posts, comments, questions, answers, promoted, first_replies, sla_breaches, active_members"))
                .isEqualTo("1,1,2,1,1,2,1,3");
    }

    @Test
    void anAnswerArrivingBeforeItsQuestionStillAnswersIt() {
        String branch = "order-" + UUID.randomUUID().toString().substring(0, 8);
        Instant at = Instant.parse("2026-03-03T10:00:00Z");
        UUID question = UUID.randomUUID();
        Activities activities = new Activities(kafka);
        activities.send(with(activity("national", "ANSWER", at), "parentId", question));
        activities.send(with(activity(branch, "QUESTION_ASKED", at), "subjectId", question));

        awaitDaily(branch, LocalDate.of(2026, 3, 3), "questions", "1");
        assertThat(one("SELECT answered FROM activity_questions WHERE question_id = '" + question + "'"))
                .isEqualTo("true");
    }

    @Test
    void aRecordThatCannotBeFoldedGoesToTheDeadLetterTopicAndTheRestIsFolded() {
        String branch = "poison-" + UUID.randomUUID().toString().substring(0, 8);
        Instant at = Instant.parse("2026-03-04T10:00:00Z");
        Activities activities = new Activities(kafka);
        activities.send(activity(branch, "POST_PUBLISHED", at));
        UUID poison = EventEnvelope.newId();
        activities.sendRaw(poison, branch, """
                {"eventId":"%s","branch":"%s","type":"COMMENT","occurredAt":"%s","memberHash":"not a hash"}""".formatted(poison, branch, at));
        activities.send(activity(branch, "POST_PUBLISHED", at));

        awaitDaily(branch, LocalDate.of(2026, 3, 4), "posts, comments", "2,0");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(DeadLetters.ids(kafka)).contains(poison));
    }

    static Map<String, Object> with(Map<String, Object> payload, String field, Object value) {
        payload.put(field, value instanceof UUID ? value.toString() : value);
        return payload;
    }

    private void awaitDaily(String branch, LocalDate day, String columns, String expected) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(daily(branch, day, columns)).isEqualTo(expected));
    }

    private String daily(String branch, LocalDate day, String columns) {
        return one("SELECT concat_ws(',', " + columns + ") FROM activity_daily WHERE branch = '" + branch
                + "' AND day = '" + day + "'");
    }

    private String one(String sql) {
        return db.sql(sql).map(row -> String.valueOf(row.get(0))).one().block(Duration.ofSeconds(5));
    }
}
