package nl.starters.servicedefaults.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration;
import org.springframework.boot.opentelemetry.autoconfigure.OpenTelemetrySdkAutoConfiguration;

/**
 * Logs one line inside a span and exits: run in its own JVM by {@link JsonLogsIntegrationTests} with the
 * structured-logging switch, so the JSON console format never leaks into the other tests' logging.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({
    ObservationAutoConfiguration.class,
    OpenTelemetrySdkAutoConfiguration.class,
    OpenTelemetryTracingAutoConfiguration.class,
    MicrometerTracingAutoConfiguration.class
})
class JsonLogsApplication {

    private static final Logger log = LoggerFactory.getLogger(JsonLogsApplication.class);

    public static void main(String[] args) {
        try (var context = new SpringApplicationBuilder(JsonLogsApplication.class)
                .web(WebApplicationType.NONE)
                .run(args)) {
            Tracer tracer = context.getBean(Tracer.class);
            Span span = tracer.nextSpan().name("json-logs").start();
            try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
                log.info("inside the trace {}", span.context().traceId());
            } finally {
                span.end();
            }
        }
    }
}
