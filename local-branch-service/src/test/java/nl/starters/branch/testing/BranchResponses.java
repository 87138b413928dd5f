package nl.starters.branch.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.starters.servicedefaults.testing.security.TestMember;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The page reads and problem-detail expectations many branch integration tests share, written once. */
public final class BranchResponses {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

    private BranchResponses() {}

    /** GETs a page ({items,page,size,total}) as the member, expecting 200. */
    public static Map<String, Object> page(WebTestClient web, TestMember member, String uri, Object... variables) {
        return web.get()
                .uri(uri, variables)
                .header(HttpHeaders.AUTHORIZATION, member.bearer())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
    }

    /** GETs one resource as the member, expecting 200, for JSON path assertions on its body. */
    public static WebTestClient.BodyContentSpec read(
            WebTestClient web, TestMember member, String uri, Object... variables) {
        return web.get()
                .uri(uri, variables)
                .header(HttpHeaders.AUTHORIZATION, member.bearer())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody();
    }

    /** The page's items, in order. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    /** The ids of the page's items, in order. */
    public static List<Object> ids(Map<String, Object> page) {
        return items(page).stream().map(item -> item.get("id")).toList();
    }

    /** Expects an RFC 9457 problem with this status whose detail contains this text. */
    public static void expectProblem(WebTestClient.ResponseSpec response, int status, String detail) {
        response.expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .value(String.class, actual -> assertThat(actual).contains(detail));
    }
}
