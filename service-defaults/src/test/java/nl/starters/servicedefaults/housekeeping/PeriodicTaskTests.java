package nl.starters.servicedefaults.housekeeping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class PeriodicTaskTests {

    @Test
    void keepsRunningAfterARunFailsAndStopsWhenStopped() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        PeriodicTask task = new PeriodicTask("test", Duration.ofMillis(20)) {
            @Override
            protected Mono<?> runOnce() {
                return runs.incrementAndGet() == 1
                        ? Mono.error(new IllegalStateException("database away"))
                        : Mono.just(runs.get());
            }
        };

        task.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() >= 3);
        task.stop();

        assertThat(task.isRunning()).isFalse();
        int afterStop = runs.get();
        Thread.sleep(100);
        assertThat(runs.get()).isEqualTo(afterStop);
    }

    @Test
    void refusesAnIntervalThatIsNotPositive() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PeriodicTask("cleanup", Duration.ZERO) {
                    @Override
                    protected Mono<?> runOnce() {
                        return Mono.empty();
                    }
                })
                .withMessageContaining("cleanup");
    }
}
