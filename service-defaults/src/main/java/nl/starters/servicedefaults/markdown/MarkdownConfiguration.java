package nl.starters.servicedefaults.markdown;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** One {@link MarkdownRenderer} for every service that serves what members write. */
@AutoConfiguration
public class MarkdownConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MarkdownRenderer markdownRenderer() {
        return new MarkdownRenderer();
    }
}
