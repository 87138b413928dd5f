package nl.starters.national.activity;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.starters.servicedefaults.kafka.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Folds {@code activity.v1} a whole poll at a time (per-record transactions cannot keep up with 150
 * branches). A record that can never be folded is named to the shared error handler by its index
 * once everything before it is folded, so it goes to {@code activity.v1.DLT} and the rest carries on;
 * when a batch fails as a whole, its records are folded one by one to find the culprit.
 */
@Component
class ActivityListener {

    private final ActivityFold fold;
    private final ActivityProperties properties;
    private final ZoneId zone;

    ActivityListener(ActivityFold fold, ActivityProperties properties) {
        this.fold = fold;
        this.properties = properties;
        this.zone = properties.zone();
    }

    @KafkaListener(
            id = "activity-fold",
            // the group stays spring.kafka.consumer.group-id (national-forum), shared by every instance
            idIsGroup = false,
            topics = Topics.ACTIVITY,
            containerFactory = ActivityListenerConfiguration.FACTORY)
    void onActivity(List<ConsumerRecord<String, String>> records) {
        Map<UUID, Indexed> events = new LinkedHashMap<>();
        for (int index = 0; index < records.size(); index++) {
            FoldedEvent event;
            try {
                event = FoldedEvent.from(records.get(index), zone);
            } catch (RuntimeException poison) {
                foldOrPinpoint(List.copyOf(events.values()));
                throw new BatchListenerFailedException("activity record cannot be folded", poison, index);
            }
            if (event != null) {
                events.putIfAbsent(event.eventId(), new Indexed(index, event));
            }
        }
        foldOrPinpoint(List.copyOf(events.values()));
    }

    private void foldOrPinpoint(List<Indexed> events) {
        try {
            run(events.stream().map(Indexed::event).toList());
        } catch (RuntimeException batchFailed) {
            for (Indexed one : events) {
                try {
                    run(List.of(one.event()));
                } catch (RuntimeException failure) {
                    throw new BatchListenerFailedException("activity record failed to fold", failure, one.index());
                }
            }
        }
    }

    private void run(List<FoldedEvent> events) {
        fold.fold(events).timeout(properties.foldTimeout()).block();
    }

    private record Indexed(int index, FoldedEvent event) {}
}
