package nl.starters.branch.replies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingCalendarTests {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** Mon–Fri 09:00–17:00 in Amsterdam; Christmas (a Friday in 2026) and Easter Monday off. */
    final WorkingCalendar calendar = new WorkingCalendar(
            AMSTERDAM,
            LocalTime.of(9, 0),
            LocalTime.of(17, 0),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            List.of(LocalDate.parse("2026-12-25"), LocalDate.parse("2026-04-06")));

    @Test
    void addsWithinTheSameWorkingDay() {
        assertThat(calendar.plus(at("2026-03-02T10:00"), hours(2))).isEqualTo(at("2026-03-02T12:00"));
    }

    @Test
    void oneWorkingDayFromMidMorningIsTheSameTimeTheNextDay() {
        assertThat(calendar.plus(at("2026-03-02T10:00"), hours(8))).isEqualTo(at("2026-03-03T10:00"));
    }

    @Test
    void whatDoesNotFitBeforeClosingContinuesAtTheNextOpening() {
        assertThat(calendar.plus(at("2026-03-02T16:00"), hours(2))).isEqualTo(at("2026-03-03T10:00"));
    }

    @Test
    void theWeekendDoesNotCount() {
        assertThat(calendar.plus(at("2026-03-06T15:00"), hours(8))).isEqualTo(at("2026-03-09T15:00"));
        assertThat(calendar.between(at("2026-03-06T15:00"), at("2026-03-09T11:00")))
                .isEqualTo(hours(4));
    }

    @Test
    void somethingOpenedOnSaturdayStartsCountingOnMondayMorning() {
        assertThat(calendar.plus(at("2026-03-07T12:00"), hours(1))).isEqualTo(at("2026-03-09T10:00"));
        assertThat(calendar.between(at("2026-03-07T12:00"), at("2026-03-09T09:00")))
                .isZero();
    }

    @Test
    void theEveningAndTheNightDoNotCount() {
        assertThat(calendar.plus(at("2026-03-02T20:00"), hours(1))).isEqualTo(at("2026-03-03T10:00"));
        assertThat(calendar.plus(at("2026-03-03T07:00"), hours(1))).isEqualTo(at("2026-03-03T10:00"));
        assertThat(calendar.between(at("2026-03-02T16:30"), at("2026-03-03T09:30")))
                .isEqualTo(Duration.ofMinutes(60));
    }

    @Test
    void aHolidayIsSkippedLikeASunday() {
        // Thursday 24 December: Christmas Friday is a holiday, then the weekend
        assertThat(calendar.plus(at("2026-12-24T12:00"), hours(8))).isEqualTo(at("2026-12-28T12:00"));
        assertThat(calendar.between(at("2026-12-24T12:00"), at("2026-12-28T12:00")))
                .isEqualTo(hours(8));
        // Easter Monday: Friday afternoon to Tuesday morning
        assertThat(calendar.plus(at("2026-04-03T16:00"), hours(2))).isEqualTo(at("2026-04-07T10:00"));
    }

    @Test
    void landingExactlyOnClosingTimeIsDueAtTheNextOpening() {
        assertThat(calendar.plus(at("2026-03-02T09:00"), hours(8))).isEqualTo(at("2026-03-03T09:00"));
        assertThat(calendar.plus(at("2026-03-06T09:00"), hours(8))).isEqualTo(at("2026-03-09T09:00"));
        assertThat(calendar.between(at("2026-03-02T09:00"), at("2026-03-02T17:00")))
                .isEqualTo(hours(8));
        assertThat(calendar.between(at("2026-03-02T09:00"), at("2026-03-03T09:00")))
                .isEqualTo(hours(8));
    }

    @Test
    void addingNothingOutsideWorkingHoursIsTheNextOpeningAndInsideThemIsNow() {
        assertThat(calendar.plus(at("2026-03-07T12:00"), Duration.ZERO)).isEqualTo(at("2026-03-09T09:00"));
        assertThat(calendar.plus(at("2026-03-09T11:11"), Duration.ZERO)).isEqualTo(at("2026-03-09T11:11"));
    }

    @Test
    void aWorkingDayAcrossTheSpringDaylightSavingChangeKeepsItsEightHours() {
        // Sunday 29 March 2026 clocks go from 02:00 CET to 03:00 CEST
        Instant friday = at("2026-03-27T16:00");
        Instant due = calendar.plus(friday, hours(8));
        assertThat(due).isEqualTo(at("2026-03-30T16:00"));
        assertThat(due).isEqualTo(Instant.parse("2026-03-30T14:00:00Z"));
        assertThat(Duration.between(friday, due)).isEqualTo(hours(71));
        assertThat(calendar.between(friday, due)).isEqualTo(hours(8));
    }

    @Test
    void aWorkingDayAcrossTheAutumnDaylightSavingChangeKeepsItsEightHours() {
        // Sunday 25 October 2026 clocks go from 03:00 CEST back to 02:00 CET
        Instant friday = at("2026-10-23T16:00");
        Instant due = calendar.plus(friday, hours(8));
        assertThat(due).isEqualTo(at("2026-10-26T16:00"));
        assertThat(Duration.between(friday, due)).isEqualTo(hours(73));
        assertThat(calendar.between(friday, due)).isEqualTo(hours(8));
    }

    @Test
    void hoursThatTheChangeSkipsOrRepeatsCountAsTheyReallyPass() {
        var night = new WorkingCalendar(
                AMSTERDAM, LocalTime.of(1, 0), LocalTime.of(4, 0), EnumSet.allOf(DayOfWeek.class), List.of());
        // 01:00-04:00 on the spring day lasts two real hours, on the autumn day four
        assertThat(night.between(at("2026-03-29T00:00"), at("2026-03-29T12:00")))
                .isEqualTo(hours(2));
        assertThat(night.between(at("2026-10-25T00:00"), at("2026-10-25T12:00")))
                .isEqualTo(hours(4));
        assertThat(night.plus(at("2026-03-29T00:00"), hours(2))).isEqualTo(at("2026-03-30T01:00"));
        assertThat(night.plus(at("2026-10-25T00:00"), hours(3))).isEqualTo(Instant.parse("2026-10-25T02:00:00Z"));
    }

    @Test
    void workingTimeBackwardsIsNegative() {
        assertThat(calendar.between(at("2026-03-03T10:00"), at("2026-03-02T16:00")))
                .isEqualTo(hours(-2));
    }

    @Test
    void addingAndMeasuringAgreeEverywhereAndTheDueMomentIsTheLastOneOnTime() {
        Instant start = at("2026-03-20T00:00");
        for (Instant from = start; from.isBefore(start.plus(Duration.ofDays(16))); from = from.plusSeconds(37 * 60)) {
            for (Duration amount : List.of(Duration.ZERO, Duration.ofMinutes(1), hours(2), hours(8), hours(8 * 5))) {
                Instant due = calendar.plus(from, amount);
                assertThat(calendar.between(from, due))
                        .as("from %s plus %s", from, amount)
                        .isEqualTo(amount);
                assertThat(calendar.between(from, due.plusSeconds(1)))
                        .as("a second after %s", due)
                        .isGreaterThan(amount);
            }
        }
    }

    @Test
    void refusesAWeekThatCannotWork() {
        assertThatThrownBy(() -> new WorkingCalendar(
                        AMSTERDAM, LocalTime.of(17, 0), LocalTime.of(9, 0), Set.of(DayOfWeek.MONDAY), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        new WorkingCalendar(AMSTERDAM, LocalTime.of(9, 0), LocalTime.of(17, 0), Set.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.plus(at("2026-03-02T10:00"), hours(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(AMSTERDAM).toInstant();
    }

    static Duration hours(long hours) {
        return Duration.ofHours(hours);
    }
}
