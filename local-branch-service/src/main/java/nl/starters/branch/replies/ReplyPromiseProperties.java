package nl.starters.branch.replies;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The branch's reply promise ({@code community.branch.reply-promise}): how many working hours staff
 * have for a first reply, when an item counts as due soon, and the branch's working week and holidays.
 *
 * @param target working time until a first staff reply is due (default one working day)
 * @param dueSoon an item with less working time left than this is due soon
 * @param holidays ISO dates on which nobody works in this branch, e.g. {@code 2026-12-25}
 */
@ConfigurationProperties("community.branch.reply-promise")
record ReplyPromiseProperties(
        @DefaultValue("PT8H") Duration target,
        @DefaultValue("PT2H") Duration dueSoon,
        @DefaultValue WorkingHours workingHours,
        @DefaultValue List<LocalDate> holidays) {

    ReplyPromiseProperties {
        if (target.isNegative() || target.isZero()) {
            throw new IllegalArgumentException("The reply-promise target must be positive, was " + target);
        }
        if (dueSoon.isNegative()) {
            throw new IllegalArgumentException("due-soon must not be negative, was " + dueSoon);
        }
    }

    WorkingCalendar calendar() {
        return new WorkingCalendar(
                workingHours.zone(), workingHours.start(), workingHours.end(), workingHours.days(), holidays);
    }

    /** Opening hours ({@code HH:mm}) on the working days, in the branch's time zone. */
    record WorkingHours(
            @DefaultValue("Europe/Amsterdam") ZoneId zone,
            @DefaultValue("09:00") LocalTime start,
            @DefaultValue("17:00") LocalTime end,

            @DefaultValue({"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"})
            Set<DayOfWeek> days) {}
}
