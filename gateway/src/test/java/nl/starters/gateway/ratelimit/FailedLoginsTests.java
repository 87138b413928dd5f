package nl.starters.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.starters.gateway.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import reactor.test.StepVerifier;

class FailedLoginsTests {

    private final MutableClock clock = new MutableClock();
    private final FailedLogins failedLogins =
            new FailedLogins(new RateLimitProperties(true, 10, new RateLimitProperties.Requests(600, 200)), clock);

    @Test
    void theEleventhAttemptWithinAMinuteWaitsForTheNextFreeSlot() {
        for (int i = 0; i < 10; i++) {
            StepVerifier.create(failedLogins.check("Ann", "10.0.0." + i)).verifyComplete();
            failedLogins.recordFailure("Ann", "10.0.0." + i).block();
        }

        StepVerifier.create(failedLogins.check("ann ", "10.0.1.1"))
                .expectErrorSatisfies(error -> assertThat(
                                ((TooManyRequests) error).getHeaders().getFirst(HttpHeaders.RETRY_AFTER))
                        .isEqualTo("6"))
                .verify();

        clock.advance(Duration.ofSeconds(6));
        StepVerifier.create(failedLogins.check("ann", "10.0.1.1")).verifyComplete();
    }

    @Test
    void aUsernameThatNeverFailedIsNotLimited() {
        StepVerifier.create(failedLogins.check("bob", "10.0.0.1")).verifyComplete();
    }

    @Test
    void switchedOffItCountsNothing() {
        var off = new FailedLogins(new RateLimitProperties(false, 1, new RateLimitProperties.Requests(1, 1)), clock);
        off.recordFailure("cas", "10.0.0.1").block();
        off.recordFailure("cas", "10.0.0.1").block();

        StepVerifier.create(off.check("cas", "10.0.0.1")).verifyComplete();
    }
}
