package nl.starters.servicedefaults.markdown;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * One {@link MarkdownRenderer} for every service that serves what members write (not for the launcher,
 * which has this module without its libraries).
 */
@AutoConfiguration
@ConditionalOnClass(
        name = {
            "org.commonmark.parser.Parser",
            "org.commonmark.ext.gfm.tables.TablesExtension",
            "org.owasp.html.PolicyFactory"
        })
public class MarkdownConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MarkdownRenderer markdownRenderer() {
        return new MarkdownRenderer();
    }
}
