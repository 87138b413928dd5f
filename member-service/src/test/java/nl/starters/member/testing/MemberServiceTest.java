package nl.starters.member.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.starters.servicedefaults.testing.ServiceIntegrationTest;
import org.springframework.test.context.TestPropertySource;

/**
 * member-service on a random port against the shared PostgreSQL and Kafka; every class with this
 * annotation alone shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ServiceIntegrationTest
// the branch registry of the repository; read while the environment is prepared, before any initializer
@TestPropertySource(properties = "community.branches-file=../config/branches.yml")
public @interface MemberServiceTest {}
