package nl.starters.servicedefaults.kafka;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaAdmin;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

/**
 * Creates the topics later when Kafka was away while the service started (the KafkaAdmin tries once,
 * at start): retries in the background until the broker answers, without holding up the service.
 */
class TopicsBootstrap implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TopicsBootstrap.class);

    private final KafkaAdmin admin;
    private Disposable retrying;

    TopicsBootstrap(KafkaAdmin admin) {
        this.admin = admin;
    }

    @Override
    public void start() {
        if (admin.getClusterId() != null) {
            return; // the admin reached the broker at start and created the topics then
        }
        retrying = Mono.fromCallable(admin::initialize)
                .subscribeOn(Schedulers.boundedElastic())
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(2))
                        .maxBackoff(Duration.ofMinutes(1))
                        .doBeforeRetry(signal -> log.debug("Topics not created yet: {}", signal.failure())))
                .subscribe(created -> log.info("Created the missing topics now that Kafka is reachable"));
    }

    @Override
    public void stop() {
        if (retrying != null) {
            retrying.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        return retrying != null && !retrying.isDisposed();
    }
}
