package nl.starters.servicedefaults.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import reactor.core.publisher.Mono;

/**
 * Counts what members and staff do, by activity type ({@code community_activity_total{type}}: posts
 * published, questions asked, answers, ...), once the write that did it committed; the same types as
 * {@code activity.v1}, so the dashboard and the coordinators' figures speak one language.
 */
public class ActivityMeter {

    static final String NAME = "community.activity";

    private final MeterRegistry registry;

    public ActivityMeter(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Shows these types at zero from the start, so {@code rate()} and {@code increase()} see the first one. */
    public void expect(Collection<String> types) {
        types.forEach(this::counter);
    }

    /** Counts one activity of this type when the current transaction commits (at once without one). */
    public Mono<Void> countAfterCommit(String type) {
        Counter counter = counter(type);
        return AfterCommit.run(counter::increment);
    }

    private Counter counter(String type) {
        return Counter.builder(NAME)
                .description("Activities recorded (as on activity.v1), counted once their write committed")
                .tag("type", type)
                .register(registry);
    }
}
