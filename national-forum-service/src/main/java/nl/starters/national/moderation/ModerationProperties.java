package nl.starters.national.moderation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How readily the national forum hides flagged content ({@code community.national.moderation}).
 *
 * @param flagsToHide distinct members whose flags hide content until a coordinator reviews it
 */
@ConfigurationProperties("community.national.moderation")
record ModerationProperties(@DefaultValue("3") int flagsToHide) {

    ModerationProperties {
        if (flagsToHide < 1) {
            throw new IllegalArgumentException("community.national.moderation.flags-to-hide must be 1 or more");
        }
    }
}
