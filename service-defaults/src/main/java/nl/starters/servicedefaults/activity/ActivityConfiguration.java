package nl.starters.servicedefaults.activity;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The member hash of {@code activity.v1} for every service that records activity (branches, national forum). */
@AutoConfiguration
@EnableConfigurationProperties(MemberHash.Properties.class)
public class ActivityConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MemberHash memberHash(MemberHash.Properties properties) {
        return new MemberHash(properties);
    }
}
