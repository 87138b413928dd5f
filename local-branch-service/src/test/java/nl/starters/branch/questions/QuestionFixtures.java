package nl.starters.branch.questions;

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

/** Asks, answers and looks around in the database the way the question tests need it. */
record QuestionFixtures(WebTestClient web, DatabaseClient db) {

    static final String QUESTIONS = "/api/branches/utrecht/questions";
    static final String QUESTION = QUESTIONS + "/{id}";
    static final String ANSWERS = QUESTION + "/answers";
    static final String ACCEPT = ANSWERS + "/{answer}/accept";
    static final String VOTES = QUESTION + "/votes";
    static final Duration WAIT = Duration.ofSeconds(10);
    static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

    /** The member as this branch's read copy of members.v1 knows them. */
    TestMember known(TestMember member) {
        return BranchTestData.known(db, member);
    }

    UUID ask(TestMember asker, String title, String body, String... tags) {
        Map<String, Object> request = new HashMap<>();
        request.put("title", title);
        request.put("body", body);
        request.put("tags", List.of(tags));
        return id(web.post()
                .uri(QUESTIONS)
                .header(HttpHeaders.AUTHORIZATION, asker.bearer())
                .bodyValue(request)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody());
    }

    UUID answer(TestMember answerer, UUID question, String body) {
        return id(web.post()
                .uri(ANSWERS, question)
                .header(HttpHeaders.AUTHORIZATION, answerer.bearer())
                .bodyValue(Map.of("body", body))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody());
    }

    WebTestClient.ResponseSpec get(String path, TestMember reader, Object... variables) {
        return web.get()
                .uri(path, variables)
                .header(HttpHeaders.AUTHORIZATION, reader.bearer())
                .exchange();
    }

    WebTestClient.ResponseSpec post(String path, TestMember writer, Object body, Object... variables) {
        return web.post()
                .uri(path, variables)
                .header(HttpHeaders.AUTHORIZATION, writer.bearer())
                .bodyValue(body)
                .exchange();
    }

    WebTestClient.ResponseSpec put(String path, TestMember writer, Object body, Object... variables) {
        return web.put()
                .uri(path, variables)
                .header(HttpHeaders.AUTHORIZATION, writer.bearer())
                .bodyValue(body)
                .exchange();
    }

    /** Moderation hid it (as the moderation feature does after enough flags). */
    void hide(UUID subject, String kind) {
        moderate(subject, kind, "HIDDEN");
    }

    /** Staff removed it after review. */
    void remove(UUID subject, String kind) {
        moderate(subject, kind, "REMOVED");
    }

    private void moderate(UUID subject, String kind, String state) {
        db.sql("INSERT INTO moderation_states (subject_id, subject_kind, state, updated_at)"
                        + " VALUES (:id, :kind, :state, now())")
                .bind("id", subject)
                .bind("state", state)
                .bind("kind", kind)
                .then()
                .block(WAIT);
    }

    long count(String sql, Map<String, Object> parameters) {
        var spec = db.sql(sql);
        for (var parameter : parameters.entrySet()) {
            spec = spec.bind(parameter.getKey(), parameter.getValue());
        }
        return spec.map(row -> row.get(0, Long.class)).one().block(WAIT);
    }

    /** Activities recorded on the outbox (activity.v1) about this subject, of this type. */
    long activities(String type, UUID subject) {
        return BranchTestData.activities(db, type, subject);
    }

    static Map<String, Object> question(String title, String body, Object tags, Boolean share) {
        Map<String, Object> request = new HashMap<>();
        request.put("title", title);
        request.put("body", body);
        if (tags != null) {
            request.put("tags", tags);
        }
        if (share != null) {
            request.put("shareBeyondRegion", share);
        }
        return request;
    }

    private static UUID id(Map<String, Object> body) {
        return UUID.fromString((String) body.get("id"));
    }
}
