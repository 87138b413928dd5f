package nl.starters.branch.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.starters.servicedefaults.kafka.EventEnvelope;
import nl.starters.servicedefaults.kafka.Topics;
import nl.starters.servicedefaults.testing.ServiceIntegrationTest;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import nl.starters.servicedefaults.testing.security.TestMember;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Answers from other regions come home on answers.national.v1: each shows once under the local question
 * however often its record arrives, the asker is told once per answer, other branches' records are
 * ignored. A later answer on the same key (so the same partition) marks when the earlier records were read.
 */
@ServiceIntegrationTest
class NationalAnswerIntegrationTests {

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient db;

    @Autowired
    KafkaTemplate<String, String> kafka;

    Promoting promoting;
    TestMember asker;
    TestMember answerer;
    UUID question;

    @BeforeEach
    void fixtures() {
        promoting = new Promoting(web, db);
        asker = promoting.known(TestIdentity.memberOf("utrecht"));
        answerer = promoting.known(TestIdentity.memberOf("groningen"));
        TestMember staff = promoting.known(TestIdentity.staffOf("utrecht"));
        question = promoting.ask(asker, "Hoe regelen jullie dit?", true);
        promoting.promote(staff, question).expectStatus().isOk();
    }

    @Test
    void aRedeliveredAnswerShowsOnceAndTheAskerIsToldOnce() {
        UUID answer = UUID.randomUUID();
        UUID eventId = EventEnvelope.newId();
        publish(eventId, answer(answer, "utrecht", "Bij ons **zo**.", false));
        awaitAnswers(1);

        publish(eventId, answer(answer, "utrecht", "Bij ons **zo**.", false));
        publish(EventEnvelope.newId(), answer(answer, "utrecht", "Bij ons **zo**.", true));
        publish(EventEnvelope.newId(), answer(UUID.randomUUID(), "utrecht", "Een tweede antwoord.", false));

        List<Map<String, Object>> answers = awaitAnswers(2);
        Map<String, Object> first = answers.get(0);
        assertThat(first).containsEntry("id", answer.toString()).containsEntry("accepted", true);
        assertThat(first).containsEntry("authorBranch", "groningen");
        assertThat((String) first.get("bodyHtml")).contains("<strong>zo</strong>");
        assertThat(first.get("author"))
                .asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("displayName", answerer.displayName());
        assertThat(promoting.notifications("NATIONAL_ANSWER_TO_MY_QUESTION", question))
                .isEqualTo(2);
    }

    @Test
    void anotherBranchesAnswerIsIgnored() {
        publish(EventEnvelope.newId(), answer(UUID.randomUUID(), "groningen", "Niet voor Utrecht.", false));
        UUID marker = UUID.randomUUID();
        publish(EventEnvelope.newId(), answer(marker, "utrecht", "Wel voor Utrecht.", false));

        List<Map<String, Object>> answers = awaitAnswers(1);
        assertThat(answers.get(0)).containsEntry("id", marker.toString());
        assertThat(promoting.notifications("NATIONAL_ANSWER_TO_MY_QUESTION", question))
                .isOne();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> awaitAnswers(int count) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> (List<Map<String, Object>>)
                                promoting.view(asker, question).get("nationalAnswers"),
                        answers -> answers.size() == count);
    }

    private String answer(UUID answer, String originBranch, String body, boolean accepted) {
        return """
                {"answerId":"%s","questionId":"%s","originBranch":"%s","authorId":"%s","authorBranch":"groningen",\
                "body":"%s","accepted":%s,"postedAt":"%s"}""".formatted(answer, question, originBranch, answerer.id(), body, accepted, Instant.now());
    }

    private void publish(UUID eventId, String json) {
        var envelope = new EventEnvelope(eventId, NationalAnswerListener.TYPE, "/national", Instant.now());
        kafka.send(new ProducerRecord<>(Topics.ANSWERS_NATIONAL, null, question.toString(), json, envelope.toHeaders()))
                .join();
    }
}
