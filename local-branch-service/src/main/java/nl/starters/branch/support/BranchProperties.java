package nl.starters.branch.support;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Which branch this instance serves; one deployment per branch. */
@Validated
@ConfigurationProperties("community.branch")
public record BranchProperties(
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}") String id) {}
