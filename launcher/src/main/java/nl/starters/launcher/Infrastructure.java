package nl.starters.launcher;

import java.nio.file.Path;
import java.util.List;

/**
 * PostgreSQL and the Kafka broker, started once and stopped Kafka first; a stop that arrives while
 * one is still starting closes it as soon as it is up.
 */
final class Infrastructure implements AutoCloseable {

    private PostgresServer postgres;
    private KafkaBroker kafka;
    private boolean closed;

    void startPostgres(DataLayout layout, int port, List<String> databases) {
        PostgresServer server = PostgresServer.start(layout.postgres(), port, layout.log("postgres"));
        keep(server, () -> postgres = server);
        server.createDatabases(databases);
    }

    void startKafka(Path logDirectory, int port, int controllerPort) {
        KafkaBroker broker = KafkaBroker.start(logDirectory, port, controllerPort);
        keep(broker, () -> kafka = broker);
    }

    void createTopics(String bootstrapServers) {
        TopicCreator.createMissing(bootstrapServers);
    }

    private synchronized void keep(AutoCloseable started, Runnable assign) {
        if (closed) {
            closeQuietly(started);
            throw new LauncherFailure("Stopped while starting.");
        }
        assign.run();
    }

    @Override
    public synchronized void close() {
        closed = true;
        closeQuietly(kafka);
        kafka = null;
        closeQuietly(postgres);
        postgres = null;
    }

    private static void closeQuietly(AutoCloseable resource) {
        if (resource == null) {
            return;
        }
        try {
            resource.close();
        } catch (Exception e) {
            System.err.println("Could not stop " + resource.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
