package nl.starters.servicedefaults.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import reactor.core.publisher.Mono;

/**
 * Shows whether the broker is reachable, in the details only: the outbox keeps every event while Kafka is
 * away and consumers resume where they stopped, so Kafka being away must not take a service out of
 * readiness nor mark it DOWN.
 */
class KafkaHealthIndicator implements ReactiveHealthIndicator, DisposableBean {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final Map<String, Object> adminConfig;
    private volatile Admin admin;

    KafkaHealthIndicator(Map<String, Object> adminConfig) {
        this.adminConfig = adminConfig;
    }

    @Override
    public Mono<Health> health() {
        return Mono.fromCallable(this::admin)
                .flatMap(client -> Mono.fromFuture(
                        client.describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()))
                                .nodes()
                                .toCompletionStage()
                                .toCompletableFuture()))
                .timeout(TIMEOUT.plusSeconds(1))
                .map(nodes -> Health.up()
                        .withDetail("reachable", true)
                        .withDetail("brokers", nodes.size())
                        .build())
                .onErrorResume(e -> Mono.just(Health.up()
                        .withDetail("reachable", false)
                        .withDetail("error", String.valueOf(e.getMessage()))
                        .build()));
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Map<String, Object> config = new HashMap<>(adminConfig);
            config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
            config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
            config.put(AdminClientConfig.CLIENT_ID_CONFIG, "kafka-health");
            admin = Admin.create(config);
        }
        return admin;
    }

    @Override
    public synchronized void destroy() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
