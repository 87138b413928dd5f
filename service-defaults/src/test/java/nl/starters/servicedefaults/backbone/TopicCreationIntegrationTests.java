package nl.starters.servicedefaults.backbone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.starters.servicedefaults.kafka.TopicSpec;
import nl.starters.servicedefaults.kafka.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

/** A service creates the topics of the contract at start, each DLT with as many partitions. */
@BackboneTest
class TopicCreationIntegrationTests {

    @Test
    void createsEveryTopicOfTheContractWithItsPartitionsAndConfiguration() throws Exception {
        try (Admin admin = TopicReader.admin()) {
            List<String> names = Topics.all().stream().map(TopicSpec::name).toList();
            Map<String, TopicDescription> topics =
                    admin.describeTopics(names).allTopicNames().get();

            for (TopicSpec spec : Topics.all()) {
                assertThat(topics.get(spec.name()).partitions()).as(spec.name()).hasSize(spec.partitions());
            }
            var members = new ConfigResource(ConfigResource.Type.TOPIC, Topics.MEMBERS);
            var config = admin.describeConfigs(List.of(members)).all().get().get(members);
            assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
            assertThat(config.get("max.compaction.lag.ms").value()).isEqualTo("86400000");
        }
    }
}
