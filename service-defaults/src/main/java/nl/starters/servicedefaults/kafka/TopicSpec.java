package nl.starters.servicedefaults.kafka;

import java.util.Map;

/** A topic of the contract: its name, partition count and topic-level configuration. */
public record TopicSpec(String name, int partitions, Map<String, String> config) {

    public static final String DLT_SUFFIX = ".DLT";

    /** The dead-letter topic of this topic: as many partitions, so the recoverer keeps the partition. */
    public TopicSpec deadLetter() {
        return new TopicSpec(name + DLT_SUFFIX, partitions, Map.of("retention.ms", Topics.days(30)));
    }
}
