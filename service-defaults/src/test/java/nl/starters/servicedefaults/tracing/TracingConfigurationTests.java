package nl.starters.servicedefaults.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.otlp.OtlpTracingAutoConfiguration;
import org.springframework.boot.opentelemetry.autoconfigure.OpenTelemetrySdkAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import reactor.test.StepVerifier;

/** The tracing a service gets from service-defaults: no exporter unless an endpoint is set; the current trace. */
class TracingConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    ObservationAutoConfiguration.class,
                    OpenTelemetrySdkAutoConfiguration.class,
                    OpenTelemetryTracingAutoConfiguration.class,
                    OtlpTracingAutoConfiguration.class,
                    MicrometerTracingAutoConfiguration.class,
                    TracingConfiguration.class));

    @Test
    void exportsNoSpansWithoutAnOtlpEndpoint() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(Tracer.class).hasSingleBean(CurrentTrace.class);
            assertThat(context).doesNotHaveBean(SpanExporter.class);
        });
    }

    @Test
    void exportsOverOtlpOnceAnEndpointIsSet() {
        runner.withPropertyValues("management.opentelemetry.tracing.export.otlp.endpoint=http://127.0.0.1:1/v1/traces")
                .run(context -> assertThat(context).hasSingleBean(OtlpHttpSpanExporter.class));
    }

    @Test
    void theCurrentTraceIsTheSpanInScope() {
        runner.run(context -> {
            Tracer tracer = context.getBean(Tracer.class);
            CurrentTrace current = context.getBean(CurrentTrace.class);
            Span span = tracer.nextSpan().start();
            try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
                StepVerifier.create(current.traceParent().map(TraceParent::parentSpanId))
                        .expectNext(span.context().spanId())
                        .verifyComplete();
            } finally {
                span.end();
            }
            StepVerifier.create(current.traceParent()).verifyComplete();
        });
    }

    @Test
    void withoutTracingThereIsNeverATrace() {
        StepVerifier.create(CurrentTrace.NONE.traceParent()).verifyComplete();
    }
}
