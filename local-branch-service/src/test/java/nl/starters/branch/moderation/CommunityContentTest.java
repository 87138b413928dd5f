package nl.starters.branch.moderation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.starters.servicedefaults.testing.ServiceIntegrationTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole service with a settable clock and the test-only {@link TestNotes} content, shared by the
 * moderation and reply-promise tests (one application context for all of them). Christmas and Boxing
 * Day 2026 are this branch's holidays.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ServiceIntegrationTest
@Import(CommunityContentTest.Beans.class)
@TestPropertySource(properties = "community.branch.reply-promise.holidays=2026-12-25,2026-12-26")
public @interface CommunityContentTest {

    @TestConfiguration(proxyBeanMethods = false)
    class Beans {

        @Bean
        SettableClock settableClock() {
            return new SettableClock();
        }

        @Bean
        TestNotes testNotes() {
            return new TestNotes();
        }
    }
}
