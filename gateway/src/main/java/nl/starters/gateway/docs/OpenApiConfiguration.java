package nl.starters.gateway.docs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway's own endpoints at {@code /v3/api-docs} (the routed ones are in each service's
 * document). Besides the shared {@code bearerAuth} scheme of service-defaults, browsers authenticate
 * with the session cookie.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    /** The name of the session-cookie scheme. */
    public static final String SESSION_COOKIE = "sessionCookie";

    @Bean
    OpenAPI gatewayApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Starters community gateway")
                        .version("v1")
                        .description("Login, session and the branch list; every other /api path is routed to"
                                + " the service that owns it. State-changing browser requests send the"
                                + " XSRF-TOKEN cookie's value in X-XSRF-TOKEN."))
                .components(new Components()
                        .addSecuritySchemes(
                                SESSION_COOKIE,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.COOKIE)
                                        .name("SESSION")
                                        .description("The browser session (state-changing requests also send"
                                                + " the XSRF-TOKEN cookie's value in X-XSRF-TOKEN).")));
    }
}
