package nl.starters.branch.promotion;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a branch promotes a consented question by itself ({@code community.branch.promotion}).
 *
 * @param votesThreshold "me too" votes at which a consented question is promoted without staff
 */
@ConfigurationProperties("community.branch.promotion")
record PromotionProperties(@DefaultValue("5") int votesThreshold) {

    PromotionProperties {
        if (votesThreshold < 1) {
            throw new IllegalArgumentException("community.branch.promotion.votes-threshold must be 1 or more");
        }
    }
}
