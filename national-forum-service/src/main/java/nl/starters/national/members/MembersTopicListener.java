package nl.starters.national.members;

import java.util.UUID;
import nl.starters.servicedefaults.consumer.EventConsumer;
import nl.starters.servicedefaults.consumer.IncomingEvent;
import nl.starters.servicedefaults.kafka.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Folds members.v1 into the national read copy, once per event. */
@Component
class MembersTopicListener {

    private final EventConsumer consumer;
    private final MemberNames names;

    MembersTopicListener(EventConsumer consumer, MemberNames names) {
        this.consumer = consumer;
        this.names = names;
    }

    @KafkaListener(topics = Topics.MEMBERS)
    void onMemberEvent(ConsumerRecord<String, String> record) {
        consumer.process(record, this::fold);
    }

    private Mono<Void> fold(IncomingEvent event) {
        if (event.type().equals("member.erased.v1")) {
            return names.markErased(event.payloadAs(Erasure.class).memberId(), event.time());
        }
        if (event.type().startsWith("member.")) {
            Profile profile = event.payloadAs(Profile.class);
            return names.upsert(
                    profile.memberId(), profile.displayName(), profile.staff(), profile.homeBranch(), event.time());
        }
        return Mono.empty();
    }

    /** What the national forum reads of a members.v1 profile event. */
    record Profile(UUID memberId, String displayName, boolean staff, String homeBranch) {}

    record Erasure(UUID memberId) {}
}
