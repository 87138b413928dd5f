package nl.starters.branch.replies;

import static nl.starters.branch.replies.WorkingCalendarTests.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class SlaPolicyTests {

    final SlaPolicy sla = new SlaPolicy(bind(Map.of("holidays", "2026-12-25")));

    @Test
    void theDefaultPromiseIsOneWorkingDayMondayToFridayNineToFiveInAmsterdam() {
        ReplyPromiseProperties defaults = bind(Map.of());
        assertThat(defaults.target()).isEqualTo(Duration.ofHours(8));
        assertThat(defaults.dueSoon()).isEqualTo(Duration.ofHours(2));
        assertThat(defaults.holidays()).isEmpty();
        assertThat(new SlaPolicy(defaults).dueAt(at("2026-03-06T15:00"))).isEqualTo(at("2026-03-09T15:00"));
    }

    @Test
    void aBranchSetsItsOwnHoursTargetAndHolidays() {
        var properties = bind(Map.of(
                "target", "PT4H",
                "working-hours.zone", "Europe/London",
                "working-hours.start", "08:30",
                "working-hours.end", "12:30",
                "working-hours.days", "TUESDAY,SATURDAY",
                "holidays", "2026-03-07,2026-03-10"));
        var london = new SlaPolicy(properties);
        // two hours on Tuesday the 3rd; Saturday the 7th and Tuesday the 10th are holidays; two on the 14th
        assertThat(london.dueAt(Instant.parse("2026-03-03T10:30:00Z")))
                .isEqualTo(Instant.parse("2026-03-14T10:30:00Z"));
        // a whole working day used up on the 14th: due at the next opening, Tuesday the 17th
        assertThat(london.dueAt(Instant.parse("2026-03-04T12:00:00Z")))
                .isEqualTo(Instant.parse("2026-03-17T08:30:00Z"));
    }

    @Test
    void onTimeWhileTwoWorkingHoursOrMoreAreLeft() {
        Instant due = sla.dueAt(at("2026-03-02T10:00"));
        assertThat(due).isEqualTo(at("2026-03-03T10:00"));
        Duration left = sla.workingTimeLeft(due, at("2026-03-02T16:00"));
        assertThat(left).isEqualTo(Duration.ofHours(2));
        assertThat(sla.state(left)).isEqualTo(SlaState.ON_TIME);
    }

    @Test
    void dueSoonUnderTwoWorkingHoursLeftEvenOvernight() {
        Instant due = sla.dueAt(at("2026-03-02T10:00"));
        assertThat(sla.state(sla.workingTimeLeft(due, at("2026-03-02T16:01")))).isEqualTo(SlaState.DUE_SOON);
        Duration overnight = sla.workingTimeLeft(due, at("2026-03-02T23:00"));
        assertThat(overnight).isEqualTo(Duration.ofHours(1));
        assertThat(sla.state(overnight)).isEqualTo(SlaState.DUE_SOON);
    }

    @Test
    void nothingLeftOverTheWeekendIsStillDueSoonAndBreachedOnlyOnceMondayStarts() {
        Instant due = sla.dueAt(at("2026-03-06T09:00")); // a whole Friday: due at Monday's opening
        assertThat(due).isEqualTo(at("2026-03-09T09:00"));
        Duration saturday = sla.workingTimeLeft(due, at("2026-03-07T12:00"));
        assertThat(saturday).isZero();
        assertThat(sla.state(saturday)).isEqualTo(SlaState.DUE_SOON);
        Duration monday = sla.workingTimeLeft(due, at("2026-03-09T09:30"));
        assertThat(monday).isEqualTo(Duration.ofMinutes(-30));
        assertThat(sla.state(monday)).isEqualTo(SlaState.BREACHED);
    }

    @Test
    void aReplyIsLateOnlyAfterTheDueMoment() {
        Instant since = at("2026-12-24T12:00");
        assertThat(sla.dueAt(since)).isEqualTo(at("2026-12-28T12:00"));
        assertThat(sla.breached(since, at("2026-12-28T12:00"))).isFalse();
        assertThat(sla.breached(since, at("2026-12-28T12:00").plusSeconds(1))).isTrue();
        assertThat(sla.workingTime(since, at("2026-12-27T20:00"))).isEqualTo(Duration.ofHours(5));
    }

    @Test
    void workingTimeLeftIsWrittenAsAnIsoDurationWithTheSignInFront() {
        assertThat(Inbox.iso(Duration.ofMinutes(195))).isEqualTo("PT3H15M");
        assertThat(Inbox.iso(Duration.ofMinutes(-90))).isEqualTo("-PT1H30M");
        assertThat(Duration.parse(Inbox.iso(Duration.ofMinutes(-90)))).isEqualTo(Duration.ofMinutes(-90));
        assertThat(Inbox.iso(Duration.ZERO)).isEqualTo("PT0S");
    }

    static ReplyPromiseProperties bind(Map<String, String> properties) {
        var source = new MapConfigurationPropertySource();
        properties.forEach((key, value) -> source.put("community.branch.reply-promise." + key, value));
        return new Binder(source)
                .bindOrCreate("community.branch.reply-promise", Bindable.of(ReplyPromiseProperties.class));
    }
}
