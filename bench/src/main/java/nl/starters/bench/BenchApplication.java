package nl.starters.bench;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import nl.starters.servicedefaults.outbox.Outbox;
import nl.starters.servicedefaults.outbox.OutgoingEvent;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** The service under measurement: it writes events through the outbox, the relay publishes them. */
@SpringBootApplication
class BenchApplication {

    static final String TOPIC = "bench.relay.v1";

    @Bean
    KafkaAdmin.NewTopics benchTopic() {
        return new KafkaAdmin.NewTopics(new NewTopic(TOPIC, 6, (short) 1));
    }

    /** An event of about the size of a members.v1 record. */
    record Measured(int n, UUID id, String displayName, boolean staff, String homeBranch, List<String> roles) {}

    /** Writes events and notes when each transaction committed. */
    @Component
    static class Writer {

        final Map<UUID, Long> committed = new ConcurrentHashMap<>();
        private final Outbox outbox;
        private final TransactionalOperator transaction;

        Writer(Outbox outbox, TransactionalOperator transaction) {
            this.outbox = outbox;
            this.transaction = transaction;
        }

        /** One event in a transaction of its own, as a feature writes it. */
        Mono<Void> one(int n) {
            OutgoingEvent event = event(n);
            return transaction
                    .transactional(outbox.append(event))
                    .doOnSuccess(done -> committed.put(event.id(), System.nanoTime()));
        }

        /** Many events in one transaction: a backlog the relay drains at once. */
        Mono<Void> many(int from, int count) {
            List<OutgoingEvent> events =
                    IntStream.range(from, from + count).mapToObj(Writer::event).toList();
            return transaction.transactional(outbox.appendAll(events)).doOnSuccess(done -> {
                long now = System.nanoTime();
                events.forEach(event -> committed.put(event.id(), now));
            });
        }

        private static OutgoingEvent event(int n) {
            var payload = new Measured(n, UUID.randomUUID(), "Member " + n, n % 10 == 0, "utrecht", List.of("MEMBER"));
            return OutgoingEvent.of(TOPIC, "key-" + (n % 100), "bench.measured.v1", payload);
        }
    }
}
