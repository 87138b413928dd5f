package nl.starters.servicedefaults.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import nl.starters.servicedefaults.branches.Branch;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * What every service's metrics share: the {@code branch} and {@code region} tags on every meter (so one
 * dashboard has a panel per region for 3 or 150 branches) and the activity counter.
 */
@AutoConfiguration
@ConditionalOnClass(MeterRegistry.class)
@EnableConfigurationProperties(MetricsProperties.class)
public class MetricsConfiguration {

    @Bean
    MeterFilter communityCommonTags(MetricsProperties properties, Environment environment) {
        List<Branch> registry = Binder.get(environment)
                .bind("community.branches", Bindable.listOf(Branch.class))
                .orElse(List.of());
        return MeterFilter.commonTags(CommonTags.of(properties, registry));
    }

    /**
     * Spring Security's observation timers (a dozen series per service, per filter-chain position) tell an
     * operator nothing the HTTP metrics do not; their spans stay for tracing.
     */
    @Bean
    MeterFilter withoutSecurityObservationMeters() {
        return MeterFilter.denyNameStartsWith("spring.security.");
    }

    @Bean
    @ConditionalOnClass(name = "org.springframework.transaction.reactive.TransactionSynchronizationManager")
    ActivityMeter activityMeter(ObjectProvider<MeterRegistry> registry) {
        return new ActivityMeter(registry.getIfAvailable(SimpleMeterRegistry::new));
    }
}
