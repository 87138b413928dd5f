package nl.starters.servicedefaults.members;

import java.util.List;
import java.util.UUID;
import nl.starters.servicedefaults.consumer.EventConsumer;
import nl.starters.servicedefaults.consumer.IncomingEvent;
import nl.starters.servicedefaults.kafka.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Folds members.v1 (registrations, profile changes, erasures) into the service's read copy, once each. */
class MemberCopyListener {

    private final EventConsumer consumer;
    private final MemberCopyWriter copy;
    private final List<MemberErasureHandler> erasureHandlers;
    private final List<MemberArrivalHandler> arrivalHandlers;

    MemberCopyListener(
            EventConsumer consumer,
            MemberCopyWriter copy,
            List<MemberErasureHandler> erasureHandlers,
            List<MemberArrivalHandler> arrivalHandlers) {
        this.consumer = consumer;
        this.copy = copy;
        this.erasureHandlers = List.copyOf(erasureHandlers);
        this.arrivalHandlers = List.copyOf(arrivalHandlers);
    }

    @KafkaListener(topics = Topics.MEMBERS)
    void onMemberEvent(ConsumerRecord<String, String> record) {
        consumer.process(record, this::fold);
    }

    private Mono<Void> fold(IncomingEvent event) {
        return switch (event.type()) {
            case "member.registered.v1", "member.profile-changed.v1" -> {
                Profile profile = event.payloadAs(Profile.class);
                yield copy.save(
                                profile.memberId(),
                                profile.displayName(),
                                profile.staff(),
                                profile.homeBranch(),
                                event.time())
                        .flatMap(arrived -> arrived ? arrived(profile) : Mono.empty());
            }
            case "member.erased.v1" -> erase(event.payloadAs(Erasure.class).memberId(), event);
            default -> Mono.empty();
        };
    }

    private Mono<Void> arrived(Profile profile) {
        return Flux.fromIterable(arrivalHandlers)
                .concatMap(handler -> handler.memberArrived(profile.memberId(), profile.homeBranch()))
                .then();
    }

    private Mono<Void> erase(UUID memberId, IncomingEvent event) {
        return copy.erase(memberId, event.time())
                .then(Flux.fromIterable(erasureHandlers)
                        .concatMap(handler -> handler.memberErased(memberId))
                        .then());
    }

    /** What a read copy keeps of a members.v1 profile event: how others may see the member. */
    record Profile(UUID memberId, String displayName, boolean staff, String homeBranch) {}

    record Erasure(UUID memberId) {}
}
