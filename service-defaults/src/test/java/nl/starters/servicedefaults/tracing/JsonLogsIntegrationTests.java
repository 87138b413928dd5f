package nl.starters.servicedefaults.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.starters.servicedefaults.kafka.EventJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The switch to JSON logs ({@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs}, Boot's structured logging) keeps the
 * trace and span ids in every line, as fields a log store can search.
 */
class JsonLogsIntegrationTests {

    @Test
    void theEcsSwitchWritesJsonLinesThatCarryTheTraceId() throws Exception {
        List<String> lines = run("ecs");

        JsonNode line = lines.stream()
                .filter(text -> text.startsWith("{") && text.contains("inside the trace"))
                .map(EventJson::read)
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("no JSON line inside the trace in:\n" + String.join("\n", lines)));
        String traceId = line.get("message").asString().substring("inside the trace ".length());
        assertThat(traceId).hasSize(32);
        assertThat(line.get("traceId").asString()).isEqualTo(traceId);
        assertThat(line.get("spanId").asString()).hasSize(16);
        assertThat(line.at("/log/level").asString()).isEqualTo("INFO");
        assertThat(line.at("/service/name").asString()).isEqualTo("json-logs-test");
    }

    @Test
    void withoutTheSwitchLinesArePlainTextWithTheTraceIdInTheirCorrelationField() throws Exception {
        List<String> lines = run(null);

        String line = lines.stream()
                .filter(text -> text.contains("inside the trace"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line inside the trace in:\n" + String.join("\n", lines)));
        String traceId = line.substring(line.indexOf("inside the trace ") + "inside the trace ".length());
        assertThat(line).doesNotStartWith("{").contains("[" + traceId + "-");
    }

    private static List<String> run(String structuredFormat) throws IOException, InterruptedException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        var builder = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-XX:+UseSerialGC",
                        "-XX:TieredStopAtLevel=1",
                        "-Xmx128m",
                        "-cp",
                        classpath,
                        JsonLogsApplication.class.getName(),
                        "--spring.main.banner-mode=off",
                        "--spring.application.name=json-logs-test")
                .redirectErrorStream(true);
        builder.environment().remove("LOGGING_STRUCTURED_FORMAT_CONSOLE");
        if (structuredFormat != null) {
            builder.environment().put("LOGGING_STRUCTURED_FORMAT_CONSOLE", structuredFormat);
        }
        Process process = builder.start();
        List<String> lines = new ArrayList<>();
        try (var output = process.inputReader(StandardCharsets.UTF_8)) {
            output.lines().forEach(lines::add);
        } finally {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        assertThat(process.exitValue()).as(String.join("\n", lines)).isZero();
        return lines;
    }
}
