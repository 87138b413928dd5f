package nl.starters.servicedefaults.metrics;

import io.micrometer.core.instrument.Tags;
import java.util.List;
import java.util.Objects;
import nl.starters.servicedefaults.branches.Branch;

/**
 * The {@code branch} and {@code region} tags on every meter ({@code application} comes from
 * {@code management.metrics.tags.application}); a tag whose value is not known is left out rather than
 * filled with a placeholder that would show up as a fake region on a dashboard.
 */
final class CommonTags {

    private CommonTags() {}

    static Tags of(MetricsProperties properties, List<Branch> registry) {
        Tags tags = Tags.empty();
        if (properties.branch() != null) {
            tags = tags.and("branch", properties.branch());
        }
        String region = properties.region() != null ? properties.region() : regionOf(properties.branch(), registry);
        return region == null ? tags : tags.and("region", region);
    }

    private static String regionOf(String branch, List<Branch> registry) {
        return registry.stream()
                .filter(candidate -> Objects.equals(candidate.id(), branch))
                .map(Branch::region)
                .findFirst()
                .orElse(null);
    }
}
