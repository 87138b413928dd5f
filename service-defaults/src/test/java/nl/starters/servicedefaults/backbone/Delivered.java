package nl.starters.servicedefaults.backbone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.starters.servicedefaults.kafka.EventJson;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** What reached the broker for a set of keys: the checks every reliability test makes. */
record Delivered(List<ConsumerRecord<String, byte[]>> records) {

    static Delivered of(String keyPrefix) {
        return new Delivered(ConsumerIntegrationTests.recordsOf(BackboneTestApplication.TOPIC, keyPrefix));
    }

    Set<String> eventIds() {
        Set<String> ids = new HashSet<>();
        records.forEach(record -> ids.add(OutboxRelayIntegrationTests.header(record, "ce_id")));
        return ids;
    }

    /** Each key's entries in the order the broker holds them. */
    Map<String, List<Integer>> sequencesByKey() {
        Map<String, List<Integer>> sequences = new LinkedHashMap<>();
        for (var record : records) {
            var entry = EventJson.convert(
                    EventJson.read(new String(record.value(), StandardCharsets.UTF_8)), EntryRecorded.class);
            sequences.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(entry.seq());
        }
        return sequences;
    }

    /** Exactly the expected events, none twice, each key in the order it was written. */
    void assertExactlyOnceInOrder(int expected) {
        assertThat(records).hasSize(expected);
        assertThat(eventIds()).hasSize(expected);
        sequencesByKey()
                .forEach((key, sequences) -> assertThat(sequences).as(key).isSorted());
    }

    /** At least once: a relay cut off from its database may publish a row again; never out of order. */
    void assertEveryEventInOrder(int expected) {
        assertThat(eventIds()).hasSize(expected);
        sequencesByKey()
                .forEach((key, sequences) -> assertThat(
                                sequences.stream().distinct().toList())
                        .as(key)
                        .isSorted()
                        .hasSize(expected / sequencesByKey().size()));
    }
}
