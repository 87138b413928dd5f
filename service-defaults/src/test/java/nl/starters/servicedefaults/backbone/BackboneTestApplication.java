package nl.starters.servicedefaults.backbone;

import nl.starters.servicedefaults.security.AuthorizationRules;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * A tiny service for the backbone's own tests: a ledger whose entries are published through the outbox
 * and applied by an idempotent listener into an effect table (entries can also be written over HTTP). Runs in the test JVM and, for the kill
 * test, as a separate JVM ({@link #main}).
 */
@SpringBootApplication
public class BackboneTestApplication {

    static final String TOPIC = "backbone.test.v1";
    static final String TYPE = "backbone.entry-recorded.v1";
    static final int PARTITIONS = 3;

    public static void main(String[] args) {
        SpringApplication.run(BackboneTestApplication.class, args);
    }

    @Bean
    KafkaAdmin.NewTopics backboneTopics() {
        return new KafkaAdmin.NewTopics(
                new NewTopic(TOPIC, PARTITIONS, (short) 1), new NewTopic(TOPIC + ".DLT", PARTITIONS, (short) 1));
    }

    @Bean
    AuthorizationRules ledgerIsPublic() {
        return exchanges -> exchanges.pathMatchers("/ledger/**").permitAll();
    }
}
