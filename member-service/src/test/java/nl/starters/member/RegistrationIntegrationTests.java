package nl.starters.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.starters.servicedefaults.kafka.EventEnvelope;
import nl.starters.servicedefaults.kafka.Topics;
import nl.starters.servicedefaults.testing.ServiceIntegrationTest;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@ServiceIntegrationTest
@TestPropertySource(properties = "community.branches-file=../config/branches.yml")
class RegistrationIntegrationTests {

    @Autowired
    WebTestClient web;

    @Autowired
    KafkaProperties kafka;

    @Test
    void registersAMemberAndAnnouncesOnlyTheDisplayName() {
        String username = "anna" + UUID.randomUUID().toString().substring(0, 6);
        web.post()
                .uri("/api/members")
                .bodyValue(Map.of(
                        "username", username,
                        "email", username + "@example.org",
                        "password", "correct horse battery",
                        "fullName", "Anna de Vries",
                        "homeBranch", "utrecht",
                        "visibility", "PSEUDONYM",
                        "pseudonym", "StartendeAnna"))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.displayName")
                .isEqualTo("StartendeAnna")
                .jsonPath("$.staff")
                .isEqualTo(false)
                .jsonPath("$.id")
                .exists();

        ConsumerRecord<String, String> event = awaitMemberEvent("StartendeAnna");
        assertThat(event.value()).doesNotContain("Anna de Vries");
        assertThat(new String(event.headers().lastHeader(EventEnvelope.TYPE).value()))
                .isEqualTo("member.registered.v1");
        assertThat(new String(event.headers().lastHeader(EventEnvelope.SOURCE).value()))
                .isEqualTo("/members");
    }

    @Test
    void refusesASecondAccountWithTheSameUsername() {
        Map<String, Object> request = Map.of(
                "username", "bram-dup",
                "email", "bram@example.org",
                "password", "correct horse battery",
                "fullName", "Bram Jansen",
                "homeBranch", "groningen");
        web.post()
                .uri("/api/members")
                .bodyValue(request)
                .exchange()
                .expectStatus()
                .isCreated();

        web.post()
                .uri("/api/members")
                .bodyValue(request)
                .exchange()
                .expectStatus()
                .isEqualTo(409)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void namesEveryInvalidFieldInTheProblem() {
        web.post()
                .uri("/api/members")
                .bodyValue(Map.of(
                        "username", "x",
                        "email", "not-an-address",
                        "password", "short",
                        "fullName", "Cor",
                        "homeBranch", "utrecht",
                        "visibility", "PSEUDONYM"))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail)
                        .contains("username:")
                        .contains("email:")
                        .contains("password:")
                        .contains("a pseudonym is required with visibility PSEUDONYM"));
    }

    @Test
    void refusesAHomeBranchTheFederationDoesNotHave() {
        web.post()
                .uri("/api/members")
                .bodyValue(Map.of(
                        "username", "dirk",
                        "email", "dirk@example.org",
                        "password", "correct horse battery",
                        "fullName", "Dirk de Boer",
                        "homeBranch", "atlantis"))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("there is no branch 'atlantis'"));
    }

    private ConsumerRecord<String, String> awaitMemberEvent(String displayName) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.getBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "registration-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.MEMBERS));
            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
                var match = seen.stream()
                        .filter(record -> record.value().contains(displayName))
                        .findFirst();
                if (match.isPresent()) {
                    return match.get();
                }
            }
            throw new AssertionError("No members.v1 event for " + displayName + " within 30 s; saw " + seen.size());
        }
    }
}
