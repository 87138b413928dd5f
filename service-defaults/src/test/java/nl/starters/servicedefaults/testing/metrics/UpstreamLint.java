package nl.starters.servicedefaults.testing.metrics;

import java.util.Set;

/**
 * The promtool complaints about meters that are not ours and keep their upstream names on purpose: Kafka's
 * client metrics as every Kafka dashboard knows them (some without a description), Micrometer's JVM binders,
 * Boot's observation timers without help text, Spring Cloud Gateway's meters. Exact names, or the Kafka and
 * gateway prefixes with their known complaints only: a new meter of ours that breaks a rule still fails.
 */
final class UpstreamLint {

    private static final String ABBREVIATED_UNITS = "metric names should not contain abbreviated units";
    private static final String COUNT_SUFFIX =
            "non-histogram and non-summary metrics should not have \"_count\" suffix";
    private static final String NO_HELP = "no help text";

    private static final Set<String> MICROMETER_BINDERS = Set.of(
            "jvm_compilation_time_ms_total " + ABBREVIATED_UNITS,
            "process_cpu_time_ns_total " + ABBREVIATED_UNITS,
            "system_cpu_count " + COUNT_SUFFIX);

    private static final Set<String> BOOT_OBSERVATIONS = Set.of(
            "http_server_requests_seconds",
            "http_server_requests_seconds_max",
            "http_server_requests_active_seconds",
            "http_server_requests_active_seconds_max",
            "http_client_requests_seconds",
            "http_client_requests_seconds_max",
            "http_client_requests_active_seconds",
            "http_client_requests_active_seconds_max",
            // spring-kafka's listener and template observations (on for tracing across Kafka)
            "spring_kafka_listener_seconds",
            "spring_kafka_listener_seconds_max",
            "spring_kafka_listener_active_seconds",
            "spring_kafka_listener_active_seconds_max",
            "spring_kafka_template_seconds",
            "spring_kafka_template_seconds_max",
            "spring_kafka_template_active_seconds",
            "spring_kafka_template_active_seconds_max");

    /** Spring Cloud Gateway's meters: no descriptions, routes_count, tags routeId, routeUri, httpStatusCode, ... */
    private static final String GATEWAY = "spring_cloud_gateway_";

    private static final String CAMEL_CASE = "label names should be written in 'snake_case' not 'camelCase'";

    private UpstreamLint() {}

    /** True for a line of promtool's output that names a known upstream meter and its known complaint. */
    static boolean tolerated(String problem) {
        if (problem.startsWith("kafka_")
                && (problem.endsWith(ABBREVIATED_UNITS)
                        || problem.endsWith(COUNT_SUFFIX)
                        || problem.endsWith(NO_HELP))) {
            return true;
        }
        if (problem.startsWith(GATEWAY)
                && (problem.endsWith(CAMEL_CASE) || problem.endsWith(NO_HELP) || problem.endsWith(COUNT_SUFFIX))) {
            return true;
        }
        if (problem.endsWith(" " + NO_HELP)) {
            return BOOT_OBSERVATIONS.contains(problem.substring(0, problem.length() - NO_HELP.length() - 1));
        }
        return MICROMETER_BINDERS.contains(problem);
    }
}
