package nl.starters.servicedefaults.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class KafkaHealthIndicatorTests {

    @Test
    void staysUpAndShowsInItsDetailsThatTheBrokerIsUnreachable() {
        var indicator = new KafkaHealthIndicator(Map.of("bootstrap.servers", "127.0.0.1:9"));
        try {
            Health health = indicator.health().block(Duration.ofSeconds(10));

            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("reachable", false).containsKey("error");
        } finally {
            indicator.destroy();
        }
    }
}
