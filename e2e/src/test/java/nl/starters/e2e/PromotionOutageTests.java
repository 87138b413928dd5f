package nl.starters.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Promotion through outages, with the real service jars, a real KRaft broker behind a TCP proxy and real
 * PostgreSQL ({@link PromotionRig}): the broker away while questions are promoted, and the national forum
 * killed in the middle of the stream. Nothing is lost and nothing shows twice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PromotionOutageTests {

    private static final int QUESTIONS = 200;
    private static final int KILLED_STREAM = 100;
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private PromotionRig rig;
    private PromotionTraffic traffic;

    @BeforeAll
    void startRig() throws InterruptedException {
        rig = PromotionRig.start();
        traffic = new PromotionTraffic(rig);
    }

    @AfterAll
    void stopRig() {
        if (traffic != null) {
            traffic.close();
        }
        if (rig != null) {
            rig.close();
        }
    }

    @AfterEach
    void reconnect() {
        rig.infrastructure().reconnect();
    }

    @Test
    void everyQuestionPromotedWhileTheBrokerWasAwayArrivesNationallyExactlyOnce() {
        String tag = tag("broker");
        List<String> ids = traffic.askConsented(tag, QUESTIONS);

        rig.infrastructure().broker().close();
        long away = System.nanoTime();
        traffic.promote(ids);
        await().atMost(PATIENCE).until(() -> promotionEvents(tag, "published_at IS NULL AND attempts > 0") > 0);
        assertThat(promotionEvents(tag, "published_at IS NULL"))
                .as("held in the outbox")
                .isEqualTo(QUESTIONS);
        assertThat(nationalCopies(tag)).isZero();
        rig.infrastructure().broker().open();
        long back = System.nanoTime();

        await().atMost(PATIENCE).until(() -> nationalCopies(tag) == QUESTIONS);
        report("broker away %.1f s; all %d national %.1f s after it came back", away, back, QUESTIONS);
        assertThat(promotionEvents(tag, "published_at IS NULL")).isZero();
        assertThat(traffic.listedNationally(tag, QUESTIONS))
                .as("each promoted question listed nationally once")
                .containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void nothingIsLostWhenTheNationalForumIsKilledMidStreamAndRestarted() throws Exception {
        String tag = tag("killed");
        List<String> ids = traffic.askConsented(tag, KILLED_STREAM);
        List<String> answered = ids.subList(0, 5);
        traffic.promote(answered);
        await().atMost(PATIENCE).until(() -> nationalCopies(tag) == answered.size());

        int half = KILLED_STREAM / 2;
        var beforeKill = CompletableFuture.runAsync(() -> traffic.promote(ids.subList(answered.size(), half)));
        Map<String, String> answers = traffic.answerFromElsewhere(answered); // their events leave around the kill
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(20)).until(() -> nationalCopies(tag) >= 20);
        rig.killNational();
        long killed = System.nanoTime();
        long folded = nationalCopies(tag);
        long published = promotionEvents(tag, "published_at IS NOT NULL");
        beforeKill.get();
        traffic.promote(ids.subList(half, KILLED_STREAM)); // the stream goes on without it
        System.out.printf(
                "national forum killed with %d copies folded of %d promotions published%n", folded, published);

        rig.restartNational();
        long restarted = System.nanoTime();

        await().atMost(PATIENCE).until(() -> nationalCopies(tag) == KILLED_STREAM);
        report(
                "national forum down %.1f s; all %d national %.1f s after its restart",
                killed, restarted, KILLED_STREAM);
        assertThat(traffic.listedNationally(tag, KILLED_STREAM)).containsExactlyInAnyOrderElementsOf(ids);
        await().atMost(PATIENCE)
                .untilAsserted(
                        () -> answers.forEach((question, answer) -> assertThat(traffic.nationalAnswersAtHome(question))
                                .as("the answer from groningen under the question at home")
                                .containsExactly(answer)));
        assertThat(rig.branchDatabase()
                        .count(
                                "SELECT count(*) FROM notifications WHERE member_id = ?::uuid"
                                        + " AND type = 'NATIONAL_ANSWER_TO_MY_QUESTION'",
                                traffic.asker.id().toString()))
                .as("the asker is told once per answer")
                .isEqualTo(answered.size());
    }

    /** How long the outage lasted ({@code start} to {@code end}) and how long the catch-up took after it. */
    private static void report(String format, long start, long end, int count) {
        System.out.printf(format + "%n", (end - start) / 1e9, count, (System.nanoTime() - end) / 1e9);
    }

    private long nationalCopies(String tag) {
        return rig.nationalDatabase().count("SELECT count(*) FROM national_questions WHERE ? = ANY (tags)", tag);
    }

    /** The branch's promotion events of questions with this tag that meet the condition on the outbox row. */
    private long promotionEvents(String tag, String condition) {
        return rig.branchDatabase()
                .count(
                        "SELECT count(*) FROM messaging.outbox WHERE topic = 'questions.promoted.v1'"
                                + " AND payload::jsonb -> 'tags' @> jsonb_build_array(?::text) AND " + condition,
                        tag);
    }

    private static String tag(String what) {
        return "outage-" + what + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
