package nl.starters.gateway.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.exporter.FinishedSpan;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import nl.starters.gateway.testing.GatewayTestBase;
import nl.starters.gateway.testing.RecordedSpans;
import nl.starters.gateway.testing.StubMemberService;
import nl.starters.servicedefaults.tracing.TraceParent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A routed request carries the W3C trace context to the branch: the caller's trace when it sent one, else the
 * trace the gateway started, with the gateway's own call to the downstream as the parent span; its own calls to
 * member-service (logins) carry the trace too.
 */
class TracePropagationIntegrationTests extends GatewayTestBase {

    @Autowired
    RecordedSpans spans;

    @Test
    void aRoutedRequestCarriesTheCallersTraceToTheBranch() {
        String traceId = hex(16);
        String callerSpanId = hex(8);

        TraceParent received = routedPosts("00-" + traceId + "-" + callerSpanId + "-01");

        assertThat(received.traceId()).isEqualTo(traceId);
        assertThat(received.parentSpanId()).as("the gateway's own span").isNotEqualTo(callerSpanId);
    }

    @Test
    void aRoutedRequestWithoutATraceStartsOneAndTheBranchContinuesIt() {
        TraceParent received = routedPosts(null);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> spans.ofTrace(received.traceId()).size() >= 2);
        assertThat(spans.ofTrace(received.traceId()))
                .as("the gateway's spans of the request")
                .anySatisfy(span -> assertThat(span.getKind()).isEqualTo(Span.Kind.SERVER))
                .filteredOn(span -> span.getSpanId().equals(received.parentSpanId()))
                .singleElement()
                .extracting(FinishedSpan::getKind)
                .as("the downstream's parent: the gateway's call to it")
                .isEqualTo(Span.Kind.CLIENT);
    }

    @Test
    void aLoginCarriesTheCallersTraceToMemberService() {
        String username = memberService.newAccount("traced");
        String traceId = hex(16);

        client.post()
                .uri("/api/token")
                .header(TraceParent.HEADER, "00-" + traceId + "-" + hex(8) + "-01")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(credentials(username, StubMemberService.PASSWORD))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult();

        assertThat(new TraceParent(memberService.traceparentOfTokenRequestFor(username)).traceId())
                .isEqualTo(traceId);
    }

    private TraceParent routedPosts(String traceparent) {
        byte[] body = client.get()
                .uri("/api/branches/utrecht/posts")
                .headers(headers -> {
                    if (traceparent != null) {
                        headers.set(TraceParent.HEADER, traceparent);
                    }
                })
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody();
        JsonNode echo = JsonMapper.builder().build().readTree(body);
        return new TraceParent(echo.get("traceparent").asString());
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
