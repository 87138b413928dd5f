package nl.starters.member.testing;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every member-service test context (registered in the tests' spring.factories) what production
 * gets from its configuration: signing keys, a trusted bank login and the services the export asks. The
 * settings are the same for every context, so the tests share one; a test may override any of them.
 */
public class MemberServiceTestInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new HashMap<>();
        properties.putAll(TestSigningKeys.properties());
        properties.putAll(TestBank.properties());
        properties.putAll(StubExports.properties());
        context.getEnvironment().getPropertySources().addLast(new MapPropertySource("member-service-test", properties));
    }
}
