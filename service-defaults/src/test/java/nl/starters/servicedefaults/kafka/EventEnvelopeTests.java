package nl.starters.servicedefaults.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.header.Headers;
import org.junit.jupiter.api.Test;

class EventEnvelopeTests {

    final EventEnvelope envelope = new EventEnvelope(
            EventEnvelope.newId(), "member.registered.v1", "/members", Instant.parse("2026-03-01T12:00:00.123Z"));

    @Test
    void writesTheCloudEventsBinaryModeHeaders() {
        Headers headers = envelope.toHeaders();

        assertThat(text(headers, "ce_id")).isEqualTo(envelope.id().toString());
        assertThat(text(headers, "ce_type")).isEqualTo("member.registered.v1");
        assertThat(text(headers, "ce_source")).isEqualTo("/members");
        assertThat(text(headers, "ce_time")).isEqualTo("2026-03-01T12:00:00.123Z");
        assertThat(text(headers, "ce_specversion")).isEqualTo("1.0");
        assertThat(text(headers, "content-type")).isEqualTo("application/json");
    }

    @Test
    void readsBackWhatItWrote() {
        assertThat(EventEnvelope.from(envelope.toHeaders())).isEqualTo(envelope);
    }

    @Test
    void givesTimeOrderedVersion7Ids() {
        var first = EventEnvelope.newId();
        var second = EventEnvelope.newId();

        assertThat(first.version()).isEqualTo(7);
        assertThat(second.toString()).isGreaterThan(first.toString());
    }

    @Test
    void refusesARecordWithoutAType() {
        Headers headers = envelope.toHeaders();
        headers.remove("ce_type");

        assertThatThrownBy(() -> EventEnvelope.from(headers))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("ce_type");
    }

    @Test
    void refusesAnIdThatIsNoUuid() {
        Headers headers = envelope.toHeaders();
        headers.remove("ce_id");
        headers.add("ce_id", "42".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> EventEnvelope.from(headers)).isInstanceOf(InvalidEventException.class);
    }

    private static String text(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
