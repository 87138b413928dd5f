package nl.starters.servicedefaults.metrics;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where this instance's meters come from, so dashboards and alerts can split by branch and region:
 * {@code branch} is the branch id (a branch sets it from {@code community.branch.id}, the national forum
 * says {@code national}, the gateway and member-service have none); {@code region} defaults to the
 * branch's region in the branch registry.
 */
@ConfigurationProperties("community.metrics")
public record MetricsProperties(String branch, String region) {

    public MetricsProperties {
        branch = blankToNull(branch);
        region = blankToNull(region);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
