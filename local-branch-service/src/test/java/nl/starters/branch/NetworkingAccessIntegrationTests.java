package nl.starters.branch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import nl.starters.servicedefaults.testing.ServiceIntegrationTest;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import nl.starters.servicedefaults.testing.security.TestMember;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The networking and notification rows of the e2e authorisation matrix, checked against this service
 * alone: the same callers, a random id for every id, {@code {}} for every write body.
 */
@ServiceIntegrationTest
class NetworkingAccessIntegrationTests {

    /** method, path, then anon member member-elsewhere staff staff-elsewhere coordinator admin. */
    static final String MATRIX = """
            GET    /api/branches/{branch}/connections                 401  200  200  200  200  200  200
            POST   /api/branches/{branch}/connections                 401  400  403  400  403  400  400
            GET    /api/branches/{branch}/connections/{id}            401  404  404  404  404  404  404
            POST   /api/branches/{branch}/connections/{id}/accept     401  404  404  404  404  404  404
            POST   /api/branches/{branch}/connections/{id}/decline    401  404  404  404  404  404  404
            GET    /api/branches/{branch}/listings                    401  200  200  200  200  200  200
            POST   /api/branches/{branch}/listings                    401  400  403  400  403  400  400
            GET    /api/branches/{branch}/listings/{id}               401  404  404  404  404  404  404
            GET    /api/branches/{branch}/meetups                     401  200  200  200  200  200  200
            POST   /api/branches/{branch}/meetups                     401  403  403  400  403  403  403
            GET    /api/branches/{branch}/meetups/{id}                401  404  404  404  404  404  404
            PUT    /api/branches/{branch}/meetups/{id}                401  403  403  400  403  403  403
            POST   /api/branches/{branch}/meetups/{id}/rsvp           401  404  403  404  403  404  404
            DELETE /api/branches/{branch}/meetups/{id}/rsvp           401  404  403  404  403  404  404
            GET    /api/branches/{branch}/notifications               401  200  200  200  200  200  200
            POST   /api/branches/{branch}/notifications/read          401  204    204    204   204    204   204
            POST   /api/branches/{branch}/notifications/{id}/read     401  404    404    404   404    404   404
            """;

    static final List<TestMember> CALLERS = Arrays.asList(
            null,
            TestIdentity.memberOf("utrecht"),
            TestIdentity.memberOf("groningen"),
            TestIdentity.staffOf("utrecht"),
            TestIdentity.staffOf("groningen"),
            TestIdentity.coordinator(),
            TestIdentity.admin());

    @Autowired
    WebTestClient web;

    static Stream<String> rows() {
        return MATRIX.lines().map(String::strip).filter(line -> !line.isEmpty());
    }

    @ParameterizedTest
    @MethodSource("rows")
    void answersEveryCallerAsTheMatrixSays(String row) {
        String[] cells = row.split("\\s+");
        HttpMethod method = HttpMethod.valueOf(cells[0]);
        String path = cells[1].replace("{branch}", "utrecht")
                .replaceAll("\\{[^}]*}", UUID.randomUUID().toString());
        Map<Integer, Integer> expected = new LinkedHashMap<>();
        Map<Integer, Integer> actual = new LinkedHashMap<>();
        for (int i = 0; i < CALLERS.size(); i++) {
            expected.put(i, Integer.parseInt(cells[2 + i]));
            actual.put(i, send(method, path, CALLERS.get(i)));
        }
        assertThat(actual).as(row).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("rows")
    void documentsEveryOperationAsNeedingAToken(String row) {
        String[] cells = row.split("\\s+");
        String operation = "$.paths['" + cells[1] + "']." + cells[0].toLowerCase();
        web.get()
                .uri("/v3/api-docs")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath(operation)
                .exists()
                .jsonPath(operation + ".security[0].bearerAuth")
                .exists();
    }

    private int send(HttpMethod method, String path, TestMember caller) {
        WebTestClient.RequestBodySpec request = web.method(method).uri(path);
        if (caller != null) {
            request.header(HttpHeaders.AUTHORIZATION, caller.bearer());
        }
        WebTestClient.RequestHeadersSpec<?> ready =
                List.of(HttpMethod.POST, HttpMethod.PUT).contains(method)
                        ? request.contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of())
                        : request;
        return ready.exchange().returnResult(String.class).getStatus().value();
    }
}
