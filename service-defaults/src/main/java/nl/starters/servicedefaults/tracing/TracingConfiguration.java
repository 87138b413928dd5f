package nl.starters.servicedefaults.tracing;

import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration;
import org.springframework.boot.micrometer.tracing.autoconfigure.NoopTracerAutoConfiguration;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The house's tracing glue on top of Boot's Micrometer Tracing over OpenTelemetry (W3C propagation, trace
 * ids in the logs, OTLP export only when an endpoint is set; see docs/tracing.md): the current trace for the
 * outbox, which carries it across Kafka.
 */
@AutoConfiguration(
        after = {
            OpenTelemetryTracingAutoConfiguration.class,
            MicrometerTracingAutoConfiguration.class,
            NoopTracerAutoConfiguration.class
        })
@ConditionalOnClass(Tracer.class)
public class TracingConfiguration {

    @Bean
    @ConditionalOnMissingBean
    CurrentTrace currentTrace(ObjectProvider<Tracer> tracer) {
        return new CurrentTrace(tracer.getIfAvailable(() -> Tracer.NOOP));
    }
}
