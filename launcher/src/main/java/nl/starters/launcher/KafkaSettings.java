package nl.starters.launcher;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Broker settings for one small dev node: loopback only, replication 1, few threads, small buffers. */
final class KafkaSettings {

    static final String CONTROLLER = "CONTROLLER";

    private KafkaSettings() {}

    static Map<String, String> of(Path logDirectory, int port, int controllerPort, int nodeId) {
        Map<String, String> settings = new HashMap<>();
        settings.put("process.roles", "broker,controller");
        settings.put("node.id", Integer.toString(nodeId));
        settings.put("controller.quorum.voters", nodeId + "@127.0.0.1:" + controllerPort);
        settings.put(
                "listeners", "PLAINTEXT://127.0.0.1:" + port + "," + CONTROLLER + "://127.0.0.1:" + controllerPort);
        settings.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        settings.put("controller.listener.names", CONTROLLER);
        settings.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER + ":PLAINTEXT");
        settings.put("inter.broker.listener.name", "PLAINTEXT");
        settings.put("log.dirs", logDirectory.toString());
        settings.putAll(singleNode());
        settings.putAll(small());
        return settings;
    }

    private static Map<String, String> singleNode() {
        return Map.of(
                "offsets.topic.replication.factor", "1",
                "offsets.topic.num.partitions", "5",
                "transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1",
                "transaction.state.log.num.partitions", "5",
                "share.coordinator.state.topic.replication.factor", "1",
                "share.coordinator.state.topic.min.isr", "1",
                "group.initial.rebalance.delay.ms", "0",
                "num.partitions", "1",
                "default.replication.factor", "1");
    }

    private static Map<String, String> small() {
        return Map.of(
                "num.network.threads", "2",
                "num.io.threads", "2",
                "background.threads", "2",
                "num.recovery.threads.per.data.dir", "1",
                "log.cleaner.threads", "1",
                "log.cleaner.dedupe.buffer.size", "4194304",
                "log.index.size.max.bytes", "1048576",
                "log.segment.bytes", "67108864");
    }
}
