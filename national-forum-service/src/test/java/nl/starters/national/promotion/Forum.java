package nl.starters.national.promotion;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.springframework.http.HttpHeaders;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The national forum as the tests drive it: members in its read copy, promotions over Kafka, reads over HTTP. */
public final class Forum {

    private final WebTestClient web;
    private final DatabaseClient db;
    private final Promotions promotions;
    private final String bearer;

    public Forum(WebTestClient web, DatabaseClient db, KafkaTemplate<String, String> kafka, String bearer) {
        this.web = web;
        this.db = db;
        this.promotions = new Promotions(kafka);
        this.bearer = bearer;
    }

    public Promotions promotions() {
        return promotions;
    }

    public void member(UUID id, String displayName, boolean staff, String branch) {
        db.sql("""
                        INSERT INTO members (id, display_name, staff, home_branch, updated_at)
                        VALUES (:id, :name, :staff, :branch, now())""")
                .bind("id", id)
                .bind("name", displayName)
                .bind("staff", staff)
                .bind("branch", branch)
                .then()
                .block(Duration.ofSeconds(5));
    }

    public void erase(UUID id) {
        db.sql("UPDATE members SET display_name = '', erased = true WHERE id = :id")
                .bind("id", id)
                .then()
                .block(Duration.ofSeconds(5));
    }

    /** Promotes a new question and waits until the national API serves it. */
    public UUID promoted(String branch, UUID asker, String title, String... tags) {
        UUID question = UUID.randomUUID();
        promotions.publish(question, branch, asker, title, "SHARED", tags);
        awaitTitle(question, title);
        return question;
    }

    /** Publishes a later version of the question (its event time now). */
    public void version(UUID question, String branch, UUID asker, String title, String status) {
        promotions.publish(
                nl.starters.servicedefaults.kafka.EventEnvelope.newId(),
                question,
                branch,
                asker,
                title,
                status,
                Instant.now());
    }

    public void awaitTitle(UUID question, String title) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> web.get()
                        .uri("/api/national/questions/{id}", question)
                        .header(HttpHeaders.AUTHORIZATION, bearer)
                        .exchange()
                        .expectStatus()
                        .isOk()
                        .expectBody()
                        .jsonPath("$.title")
                        .isEqualTo(title));
    }

    public void awaitGone(UUID question) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> web.get()
                        .uri("/api/national/questions/{id}", question)
                        .header(HttpHeaders.AUTHORIZATION, bearer)
                        .exchange()
                        .expectStatus()
                        .isNotFound());
    }
}
