package nl.starters.branch.members;

import java.util.UUID;
import nl.starters.servicedefaults.consumer.EventConsumer;
import nl.starters.servicedefaults.consumer.IncomingEvent;
import nl.starters.servicedefaults.kafka.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Keeps this branch's read copy of members.v1: registrations, profile changes and erasures. */
@Component
class MemberEventsListener {

    private final EventConsumer events;
    private final MemberCopyRepository members;

    MemberEventsListener(EventConsumer events, MemberCopyRepository members) {
        this.events = events;
        this.members = members;
    }

    @KafkaListener(topics = Topics.MEMBERS)
    void on(ConsumerRecord<String, String> record) {
        events.process(record, this::apply);
    }

    private Mono<Void> apply(IncomingEvent event) {
        return switch (event.type()) {
            case "member.registered.v1", "member.profile-changed.v1" ->
                members.save(event.payloadAs(MemberChanged.class), event.time());
            case "member.erased.v1" ->
                members.erase(event.payloadAs(MemberErased.class).memberId(), event.time());
            default -> Mono.empty();
        };
    }

    /** This consumer's narrower copy of the members.v1 payload. */
    record MemberChanged(UUID memberId, String displayName, boolean staff, String homeBranch) {}

    record MemberErased(UUID memberId) {}
}
