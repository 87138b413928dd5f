package nl.starters.national.activity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import nl.starters.servicedefaults.security.OpenApiSecurity;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The coordinators' view of activity across all regions: figures for a period, and live changes. */
@RestController
@RequestMapping("/api/national/activity")
@SecurityRequirement(name = OpenApiSecurity.BEARER_AUTH)
class ActivityController {

    private final ActivityReports reports;
    private final ActivityStream stream;
    private final ActivityProperties properties;
    private final Clock clock;

    ActivityController(ActivityReports reports, ActivityStream stream, ActivityProperties properties, Clock clock) {
        this.reports = reports;
        this.stream = stream;
        this.properties = properties;
        this.clock = clock;
    }

    @Operation(
            summary = "Activity per branch with region subtotals and national totals (coordinators)",
            description = "Days are calendar days in the configured zone; both dates default to today, to must not"
                    + " be before from, and the period is at most community.national.activity.max-range-days.")
    @GetMapping
    Mono<ActivityReport> report(
            @Parameter(description = "first day (ISO date), default today")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @Parameter(description = "last day (ISO date, inclusive), default today")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to) {
        LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
        LocalDate first = from == null ? (to == null || !to.isBefore(today) ? today : to) : from;
        LocalDate last = to == null ? (first.isAfter(today) ? first : today) : to;
        if (last.isBefore(first)) {
            return Mono.error(new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "'to' (" + last + ") is before 'from' (" + first + ")."));
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > properties.maxRangeDays()) {
            return Mono.error(new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "The period is at most " + properties.maxRangeDays() + " days; ask for a shorter one."));
        }
        return reports.report(first, last);
    }

    @Operation(
            summary = "Live activity changes as server-sent events (coordinators)",
            description = "Each event (`activity`) is the current figures of one branch on one day; its id is a"
                    + " version: reconnect with Last-Event-ID to receive every row changed since. Without it the"
                    + " stream starts with today's rows. A comment every heartbeat interval keeps it open.")
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<DailyActivity>> stream(
            @Parameter(description = "the id of the last event received, to resume after it")
                    @RequestHeader(name = "Last-Event-ID", required = false)
                    String lastEventId) {
        return stream.events(parse(lastEventId));
    }

    private static Long parse(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(lastEventId.trim());
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "Last-Event-ID must be the id of an event of this stream (a number).");
        }
    }
}
