package nl.starters.launcher;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

/**
 * A single-node KRaft Kafka broker inside the launcher's JVM; its log directory persists, so the
 * storage is formatted only the first time.
 */
final class KafkaBroker implements AutoCloseable {

    private static final int NODE_ID = 1;

    private final KafkaRaftServer server;

    private KafkaBroker(KafkaRaftServer server) {
        this.server = server;
    }

    static KafkaBroker start(Path logDirectory, int port, int controllerPort) {
        try {
            Files.createDirectories(logDirectory);
            KafkaConfig config = new KafkaConfig(KafkaSettings.of(logDirectory, port, controllerPort, NODE_ID));
            if (!Files.exists(logDirectory.resolve("meta.properties"))) {
                format(logDirectory);
            }
            KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            return new KafkaBroker(server);
        } catch (Exception e) {
            throw new LauncherFailure("Kafka did not start (logs in " + logDirectory + "): " + e.getMessage(), e);
        }
    }

    /** Writes meta.properties and the bootstrap metadata; later starts find them and skip this. */
    private static void format(Path logDirectory) throws Exception {
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setClusterId(Uuid.randomUuid().toString())
                .setNodeId(NODE_ID)
                .setControllerListenerName(KafkaSettings.CONTROLLER)
                .setMetadataLogDirectory(logDirectory.toString())
                .addDirectory(logDirectory.toString())
                .run();
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
