package nl.starters.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BrowserSessionTests {

    private static final Instant LOGIN = Instant.parse("2026-03-02T08:00:00Z");
    private static final SessionProperties DEFAULTS = new SessionProperties(
            "SESSION", Duration.ofMinutes(30), Duration.ofHours(12), Duration.ofMinutes(1), Duration.ofMinutes(10));

    @Test
    void isOverThirtyMinutesAfterItWasLastSeen() {
        var session = seenAt(LOGIN.plus(Duration.ofHours(2)));

        assertThat(session.isOver(LOGIN.plus(Duration.ofMinutes(149)), DEFAULTS))
                .isFalse();
        assertThat(session.isOver(LOGIN.plus(Duration.ofMinutes(150)), DEFAULTS))
                .isTrue();
    }

    @Test
    void isOverTwelveHoursAfterTheLoginHoweverRecentlySeen() {
        var session = seenAt(LOGIN.plus(Duration.ofHours(12)).minusSeconds(1));

        assertThat(session.isOver(LOGIN.plus(Duration.ofHours(12)).minusMillis(1), DEFAULTS))
                .isFalse();
        assertThat(session.isOver(LOGIN.plus(Duration.ofHours(12)), DEFAULTS)).isTrue();
    }

    @Test
    void isDueForRenewalOnceLessThanTheMarginIsLeft() {
        var session = seenAt(LOGIN);

        assertThat(session.renewalDue(LOGIN.plus(Duration.ofMinutes(13)), Duration.ofMinutes(1)))
                .isFalse();
        assertThat(session.renewalDue(LOGIN.plus(Duration.ofMinutes(14)), Duration.ofMinutes(1)))
                .isTrue();
        assertThat(session.accessTokenExpired(LOGIN.plus(Duration.ofMinutes(14))))
                .isFalse();
        assertThat(session.accessTokenExpired(LOGIN.plus(Duration.ofMinutes(15))))
                .isTrue();
    }

    @Test
    void refusesAnIdleTimeoutLongerThanTheAbsoluteOne() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SessionProperties(
                        "SESSION", Duration.ofHours(13), Duration.ofHours(12), Duration.ZERO, Duration.ofMinutes(10)));
    }

    private static BrowserSession seenAt(Instant lastSeen) {
        return new BrowserSession(
                "hash", UUID.randomUUID(), "access", LOGIN.plus(Duration.ofMinutes(15)), "refresh", LOGIN, lastSeen);
    }
}
