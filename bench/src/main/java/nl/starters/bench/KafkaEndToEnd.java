package nl.starters.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.tools.EndToEndLatency;

/** Kafka's own end-to-end latency tool (produce, acks=all, consume, one record at a time) on the same broker. */
public final class KafkaEndToEnd {

    private static final Pattern PERCENTILES =
            Pattern.compile("Percentiles: 50th = (\\d+), 99th = (\\d+), 99.9th = (\\d+)");
    private static final Pattern AVERAGE = Pattern.compile("Avg latency: ([0-9.]+) ms");

    public record Result(double averageMillis, long p50Millis, long p99Millis, long p999Millis) {}

    private KafkaEndToEnd() {}

    public static Result run(String bootstrapServers, int records, int recordSize) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        Exit.setExitProcedure((status, message) -> {
            if (status != 0) {
                throw new IllegalStateException("EndToEndLatency exited with " + status + ": " + message);
            }
        });
        try (PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(out);
            EndToEndLatency.main(
                    bootstrapServers, "bench.e2e", Integer.toString(records), "all", Integer.toString(recordSize));
        } finally {
            System.setOut(original);
            Exit.resetExitProcedure();
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        Matcher percentiles = PERCENTILES.matcher(output);
        Matcher average = AVERAGE.matcher(output);
        if (!percentiles.find() || !average.find()) {
            throw new IllegalStateException("Unexpected EndToEndLatency output:\n" + output);
        }
        return new Result(
                Double.parseDouble(average.group(1)),
                Long.parseLong(percentiles.group(1)),
                Long.parseLong(percentiles.group(2)),
                Long.parseLong(percentiles.group(3)));
    }
}
