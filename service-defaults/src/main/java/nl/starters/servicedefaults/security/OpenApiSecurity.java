package nl.starters.servicedefaults.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Declares the member's access token in every service's OpenAPI document, so an operation marked
 * {@code @SecurityRequirement(name = OpenApiSecurity.BEARER_AUTH)} says it needs one and readers of
 * the documents (the end-to-end authorisation matrix, API clients) know how to send it.
 */
@AutoConfiguration
@ConditionalOnClass(OpenApiCustomizer.class)
public class OpenApiSecurity {

    /** The name of the bearer scheme that operations needing a signed-in member refer to. */
    public static final String BEARER_AUTH = "bearerAuth";

    @Bean
    OpenApiCustomizer bearerAuthScheme() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            if (openApi.getComponents().getSecuritySchemes() != null
                    && openApi.getComponents().getSecuritySchemes().containsKey(BEARER_AUTH)) {
                return; // the service declared it itself
            }
            openApi.getComponents()
                    .addSecuritySchemes(
                            BEARER_AUTH,
                            new SecurityScheme()
                                    .type(SecurityScheme.Type.HTTP)
                                    .scheme("bearer")
                                    .bearerFormat("JWT")
                                    .description("A member's access token from member-service (RS256)."));
        };
    }
}
