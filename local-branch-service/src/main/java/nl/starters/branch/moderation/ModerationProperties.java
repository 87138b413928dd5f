package nl.starters.branch.moderation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How readily a branch hides flagged content ({@code community.branch.moderation}).
 *
 * @param flagsToHide distinct members whose flags hide content pending review
 * @param trustedAfter contributions after which a member is trusted: their single flag hides content
 */
@ConfigurationProperties("community.branch.moderation")
record ModerationProperties(
        @DefaultValue("3") int flagsToHide,
        @DefaultValue("20") int trustedAfter) {

    ModerationProperties {
        if (flagsToHide < 1 || trustedAfter < 1) {
            throw new IllegalArgumentException("flags-to-hide and trusted-after must be 1 or more");
        }
    }
}
