package nl.starters.branch.replies;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Set;

/**
 * Working time in one branch's week: opening hours on working days in its time zone, minus its
 * holidays. The reply promise is a number of working hours, so a question asked on Friday evening is
 * not late on Saturday. Each day's opening and closing are taken in the zone and measured between
 * instants, so a day across a daylight-saving change still counts its real hours.
 */
final class WorkingCalendar {

    /** How far ahead a working moment is looked for before the calendar is called broken (ten years). */
    private static final int SEARCH_DAYS = 3660;

    private final ZoneId zone;
    private final LocalTime opens;
    private final LocalTime closes;
    private final Set<DayOfWeek> days;
    private final Set<LocalDate> holidays;

    WorkingCalendar(
            ZoneId zone, LocalTime opens, LocalTime closes, Set<DayOfWeek> days, Collection<LocalDate> holidays) {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("Working hours must open before they close: " + opens + "-" + closes);
        }
        if (days.isEmpty()) {
            throw new IllegalArgumentException("A working week needs at least one working day");
        }
        this.zone = zone;
        this.opens = opens;
        this.closes = closes;
        this.days = Set.copyOf(days);
        this.holidays = Set.copyOf(holidays);
    }

    /**
     * The moment {@code amount} of working time after {@code from}: the latest instant by which no more
     * than that has passed. Landing exactly on a closing time it is therefore the next opening, so
     * "later than this instant" and "more working time than {@code amount}" always agree.
     */
    Instant plus(Instant from, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Working time to add must not be negative: " + amount);
        }
        Duration remaining = amount;
        LocalDate date = LocalDate.ofInstant(from, zone);
        for (int day = 0; day < SEARCH_DAYS; day++, date = date.plusDays(1)) {
            if (!isWorkingDay(date)) {
                continue;
            }
            Instant start = latest(opening(date), from);
            Instant end = closing(date);
            if (start.isBefore(end)) {
                Duration open = Duration.between(start, end);
                if (remaining.compareTo(open) < 0) {
                    return start.plus(remaining);
                }
                remaining = remaining.minus(open);
            }
        }
        throw new IllegalStateException("No working time within ten years of " + from);
    }

    /** Working time from {@code from} to {@code to}; negative when {@code to} comes first. */
    Duration between(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return between(to, from).negated();
        }
        Duration total = Duration.ZERO;
        LocalDate last = LocalDate.ofInstant(to, zone);
        for (LocalDate date = LocalDate.ofInstant(from, zone); !date.isAfter(last); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                Instant start = latest(opening(date), from);
                Instant end = earliest(closing(date), to);
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    private boolean isWorkingDay(LocalDate date) {
        return days.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    private Instant opening(LocalDate date) {
        return date.atTime(opens).atZone(zone).toInstant();
    }

    private Instant closing(LocalDate date) {
        return date.atTime(closes).atZone(zone).toInstant();
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
