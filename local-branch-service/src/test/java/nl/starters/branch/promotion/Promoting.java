package nl.starters.branch.promotion;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.starters.branch.testing.BranchTestData;
import nl.starters.servicedefaults.testing.security.TestMember;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Asks, promotes and looks into the outbox the way the promotion tests need it. */
record Promoting(WebTestClient web, DatabaseClient db) {

    static final String QUESTIONS = "/api/branches/utrecht/questions";
    static final String QUESTION = QUESTIONS + "/{id}";
    static final String PROMOTE = QUESTION + "/promote";
    static final Duration WAIT = Duration.ofSeconds(10);
    static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

    TestMember known(TestMember member) {
        return BranchTestData.known(db, member);
    }

    UUID ask(TestMember asker, String title, boolean share) {
        Map<String, Object> body = question(title, "Hoe doen andere regio's dit?", share, "btw");
        Map<String, Object> created = post(QUESTIONS, asker, body)
                .expectStatus()
                .isCreated()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        return UUID.fromString((String) created.get("id"));
    }

    WebTestClient.ResponseSpec promote(TestMember caller, UUID id) {
        return post(PROMOTE, caller, Map.of(), id);
    }

    WebTestClient.ResponseSpec post(String path, TestMember caller, Object body, Object... variables) {
        return web.post()
                .uri(path, variables)
                .header(HttpHeaders.AUTHORIZATION, caller.bearer())
                .bodyValue(body)
                .exchange();
    }

    WebTestClient.ResponseSpec put(String path, TestMember caller, Object body, Object... variables) {
        return web.put()
                .uri(path, variables)
                .header(HttpHeaders.AUTHORIZATION, caller.bearer())
                .bodyValue(body)
                .exchange();
    }

    Map<String, Object> view(TestMember reader, UUID id) {
        return web.get()
                .uri(QUESTION, id)
                .header(HttpHeaders.AUTHORIZATION, reader.bearer())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
    }

    /** The question.promoted.v1 payloads in the outbox for this question, oldest first. */
    List<String> promotedEvents(UUID id) {
        return db.sql("SELECT payload FROM messaging.outbox WHERE topic = 'questions.promoted.v1' AND key = :key"
                        + " AND type = 'question.promoted.v1' ORDER BY seq")
                .bind("key", id.toString())
                .map(row -> row.get("payload", String.class))
                .all()
                .collectList()
                .block(WAIT);
    }

    long count(String sql, UUID id) {
        return db.sql(sql)
                .bind("id", id)
                .map(row -> row.get(0, Long.class))
                .one()
                .block(WAIT);
    }

    long notifications(String type, UUID subject) {
        return db.sql("SELECT count(*) FROM notifications WHERE type = :type AND subject_id = :id")
                .bind("type", type)
                .bind("id", subject)
                .map(row -> row.get(0, Long.class))
                .one()
                .block(WAIT);
    }

    static Map<String, Object> question(String title, String body, boolean share, String... tags) {
        Map<String, Object> request = new HashMap<>();
        request.put("title", title);
        request.put("body", body);
        request.put("tags", List.of(tags));
        request.put("shareBeyondRegion", share);
        return request;
    }
}
