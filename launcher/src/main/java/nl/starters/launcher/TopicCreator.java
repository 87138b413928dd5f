package nl.starters.launcher;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import nl.starters.servicedefaults.kafka.TopicSpec;
import nl.starters.servicedefaults.kafka.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/** Creates every topic of the contract that the broker does not have yet (replication factor 1). */
final class TopicCreator {

    private TopicCreator() {}

    /** The names of the topics it created. */
    static List<String> createMissing(String bootstrapServers) {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                60_000,
                AdminClientConfig.CLIENT_ID_CONFIG,
                "launcher");
        try (Admin admin = Admin.create(config)) {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> missing = Topics.all().stream()
                    .filter(topic -> !existing.contains(topic.name()))
                    .map(TopicCreator::newTopic)
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
            }
            return missing.stream().map(NewTopic::name).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherFailure("Interrupted while creating the Kafka topics", e);
        } catch (Exception e) {
            throw new LauncherFailure("Could not create the Kafka topics: " + e.getMessage(), e);
        }
    }

    private static NewTopic newTopic(TopicSpec topic) {
        return new NewTopic(topic.name(), topic.partitions(), (short) 1).configs(topic.config());
    }
}
