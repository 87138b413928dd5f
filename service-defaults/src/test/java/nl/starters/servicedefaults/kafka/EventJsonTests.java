package nl.starters.servicedefaults.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventJsonTests {

    record MemberRegistered(UUID memberId, String displayName, List<String> roles, Instant at) {}

    record NarrowCopy(UUID memberId) {}

    @Test
    void writesInstantsAsIsoTextAndReadsARecordBack() {
        var event = new MemberRegistered(
                UUID.randomUUID(), "Anna", List.of("MEMBER"), Instant.parse("2026-03-01T12:00:00Z"));

        String json = EventJson.write(event);

        assertThat(json).contains("\"at\":\"2026-03-01T12:00:00Z\"");
        assertThat(EventJson.convert(EventJson.read(json), MemberRegistered.class))
                .isEqualTo(event);
    }

    @Test
    void letsAConsumerReadItsNarrowerCopyIgnoringFieldsItDoesNotKnow() {
        UUID id = UUID.randomUUID();
        var json = EventJson.write(new MemberRegistered(id, "Anna", List.of(), Instant.now()));

        assertThat(EventJson.convert(EventJson.read(json), NarrowCopy.class)).isEqualTo(new NarrowCopy(id));
    }

    @Test
    void refusesTextThatIsNotJson() {
        assertThatThrownBy(() -> EventJson.read("not json")).isInstanceOf(InvalidEventException.class);
    }
}
