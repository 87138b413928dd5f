package nl.starters.servicedefaults.backbone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import nl.starters.servicedefaults.testing.ProxiedInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.Environment;
import reactor.core.publisher.Flux;

/** Two instances of a service on one database: both relays wake on every commit and compete. */
@BackboneTest
class TwoRelaysIntegrationTests {

    @Autowired
    Ledger ledger;

    @Autowired
    BackboneDatabase database;

    @Autowired
    Environment environment;

    @Test
    void publishEveryRowOnceAndEachKeyInOrder() {
        String key = "two-relays-" + UUID.randomUUID();
        var properties = BackboneInitializer.properties(
                ProxiedInfrastructure.get(), environment.getRequiredProperty("backbone.db.name"));
        // no web server: closing it would dispose reactor-netty's global HTTP resources under the first
        try (var second = new SpringApplicationBuilder(BackboneTestApplication.class)
                .web(WebApplicationType.NONE)
                .profiles("backbone")
                .properties(properties)
                .properties("backbone.consumer=false")
                .run()) {
            Ledger other = second.getBean(Ledger.class);

            // ten keys written concurrently, each key's entries one after the other, alternating instances
            Flux.range(0, 10)
                    .flatMap(
                            k -> Flux.range(1, 30)
                                    .concatMap(seq -> (seq % 2 == 0 ? ledger : other).record(key + "-" + k, seq)),
                            10)
                    .then()
                    .block(Duration.ofSeconds(60));

            await().atMost(Duration.ofSeconds(60)).until(() -> database.unpublished(key) == 0);
            Delivered.of(key).assertExactlyOnceInOrder(300);
            await().atMost(Duration.ofSeconds(60)).until(() -> database.effects("backbone", key) == 300);
            assertThat(database.distinctEffects("backbone", key)).isEqualTo(300);
        }
    }
}
