package nl.starters.servicedefaults.backbone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.starters.servicedefaults.testing.ProxiedInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/** The consumer as a JVM of its own, destroyed forcibly in the middle of a stream and started again. */
@BackboneTest
class ConsumerKillIntegrationTests {

    static final String GROUP = "killable";
    static final Duration PATIENCE = Duration.ofSeconds(120);

    @Autowired
    Ledger ledger;

    @Autowired
    BackboneDatabase database;

    @Autowired
    Environment environment;

    @Test
    void losesNothingWhenTheConsumerIsKilledMidStreamAndRestarted() throws Exception {
        String key = "killed-" + UUID.randomUUID();
        try (Admin admin = TopicReader.admin()) {
            var end = TopicReader.endOffsets(admin, BackboneTestApplication.TOPIC);
            admin.alterConsumerGroupOffsets(GROUP, end).all().get(); // the new group starts here
        }
        Process consumer = startConsumer(1);
        try {
            for (int seq = 1; seq <= 30; seq++) {
                for (int k = 0; k < 10; k++) {
                    ledger.record(key + "-" + k, seq).block();
                }
            }
            await().atMost(PATIENCE).until(() -> database.effects(GROUP, key) >= 30);
        } finally {
            consumer.destroyForcibly().waitFor();
        }
        assertThat(database.effects(GROUP, key)).isLessThan(300); // it really died mid-stream

        consumer = startConsumer(2);
        try {
            await().atMost(PATIENCE).until(() -> database.effects(GROUP, key) >= 300);
            Thread.sleep(500); // a duplicate effect would show up now
            assertThat(database.effects(GROUP, key)).isEqualTo(300);
            assertThat(database.distinctEffects(GROUP, key)).isEqualTo(300);
        } finally {
            consumer.destroyForcibly().waitFor();
        }
    }

    private Process startConsumer(int run) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Xss512k",
                "-Xmx256m",
                "-cp",
                classpath,
                BackboneTestApplication.class.getName(),
                "--spring.profiles.active=backbone",
                "--server.port=0",
                "--management.server.port=0",
                "--logging.level.root=WARN",
                "--backbone.group=" + GROUP,
                "--backbone.effect-delay=20ms",
                // the killed member's partitions move on after this, not after the default 45 s
                "--spring.kafka.consumer.properties.session.timeout.ms=6000",
                "--spring.kafka.consumer.properties.heartbeat.interval.ms=1000",
                "--community.messaging.outbox.relay=false"));
        Map<String, Object> properties = BackboneInitializer.properties(
                ProxiedInfrastructure.get(), environment.getRequiredProperty("backbone.db.name"));
        properties.forEach((name, value) -> command.add("--" + name + "=" + value));
        File log = Path.of("target", "killed-consumer-" + run + ".log").toFile();
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log)
                .start();
    }
}
