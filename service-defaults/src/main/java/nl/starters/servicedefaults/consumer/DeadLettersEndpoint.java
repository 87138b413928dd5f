package nl.starters.servicedefaults.consumer;

import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Dead letters on the management port: {@code GET /actuator/deadletters} shows how many records wait in
 * each DLT, {@code POST /actuator/deadletters/{topic}} re-drives a topic's DLT after the fix is deployed.
 */
@Endpoint(id = "deadletters")
class DeadLettersEndpoint {

    private final DeadLetterRedrive redrive;

    DeadLettersEndpoint(DeadLetterRedrive redrive) {
        this.redrive = redrive;
    }

    @ReadOperation
    Mono<Map<String, Long>> waiting() {
        return Mono.fromCallable(redrive::waiting).subscribeOn(Schedulers.boundedElastic());
    }

    @WriteOperation
    Mono<Redriven> redrive(@Selector String topic) {
        return Mono.fromCallable(() -> new Redriven(topic, redrive.redrive(topic)))
                .subscribeOn(Schedulers.boundedElastic());
    }

    /** The answer of a re-drive. */
    record Redriven(String topic, int redriven) {}
}
