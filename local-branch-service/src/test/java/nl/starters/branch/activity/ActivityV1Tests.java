package nl.starters.branch.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.kafka.EventJson;
import org.junit.jupiter.api.Test;

class ActivityV1Tests {

    @Test
    void leavesOutWhatAnActivityDoesNotHaveRatherThanSendingNull() {
        var activity = new ActivityV1(
                UUID.randomUUID(),
                "utrecht",
                ActivityType.POST_PUBLISHED,
                Instant.now(),
                "ab12",
                UUID.randomUUID(),
                null,
                null,
                null);

        var json = EventJson.read(EventJson.write(activity));

        assertThat(json.has("latencySeconds")).isFalse();
        assertThat(json.has("parentId")).isFalse();
        assertThat(json.has("slaBreached")).isFalse();
        assertThat(json.get("type").asString()).isEqualTo("POST_PUBLISHED");
        assertThat(json.get("memberHash").asString()).isEqualTo("ab12");
    }
}
