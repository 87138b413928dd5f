package nl.starters.national.activity;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The live stream: one database poller per instance (running while anyone listens) reads the rows
 * changed since its last look and multicasts them, so every instance streams all regions whatever
 * partitions it folds. A subscriber first catches up to the poller (rows changed since its
 * Last-Event-ID, or today's rows), then follows it; ids are row versions, so resuming loses nothing.
 */
@Component
class ActivityStream {

    private static final Log log = LogFactory.getLog(ActivityStream.class);
    private static final LocalDate ANY_DAY = LocalDate.of(1970, 1, 1);

    private final DailyRows rows;
    private final ActivityProperties properties;
    private final Clock clock;
    private final Flux<Poll> polls;

    ActivityStream(DailyRows rows, ActivityProperties properties, Clock clock) {
        this.rows = rows;
        this.properties = properties;
        this.clock = clock;
        this.polls = Flux.defer(this::poller).publish().refCount();
    }

    /** Events for one subscriber, resuming after {@code lastEventId} when given. */
    Flux<ServerSentEvent<DailyActivity>> events(Long lastEventId) {
        AtomicLong sent = new AtomicLong(lastEventId == null ? 0 : lastEventId);
        Flux<DailyActivity> changes = polls.switchOnFirst((first, all) -> {
                    if (!first.hasValue()) {
                        return Flux.<DailyActivity>empty();
                    }
                    long upTo = first.get().from();
                    Flux<DailyActivity> catchUp = lastEventId == null
                            ? rows.allChanged(0, upTo, LocalDate.now(clock.withZone(properties.zone())))
                            : rows.allChanged(lastEventId, upTo, ANY_DAY);
                    return Flux.concat(catchUp, all.concatMapIterable(Poll::rows));
                })
                .filter(row -> row.version() > sent.get())
                .doOnNext(row -> sent.set(row.version()));
        Flux<ServerSentEvent<DailyActivity>> events = changes.map(row -> ServerSentEvent.builder(row)
                .id(Long.toString(row.version()))
                .event("activity")
                .build());
        Flux<ServerSentEvent<DailyActivity>> heartbeats = Flux.interval(properties.heartbeat())
                .map(tick -> ServerSentEvent.<DailyActivity>builder()
                        .comment("heartbeat")
                        .build());
        ServerSentEvent<DailyActivity> hello = ServerSentEvent.<DailyActivity>builder()
                .comment("national activity")
                .retry(Duration.ofSeconds(3))
                .build();
        return Flux.merge(events, heartbeats).startWith(hello);
    }

    private Flux<Poll> poller() {
        AtomicLong cursor = new AtomicLong(-1);
        return Flux.interval(Duration.ZERO, properties.pollInterval())
                .onBackpressureDrop()
                .concatMap(tick -> poll(cursor).onErrorResume(error -> {
                    log.warn("Activity stream poll skipped: " + error);
                    return Mono.empty();
                }));
    }

    private Mono<Poll> poll(AtomicLong cursor) {
        long from = cursor.get();
        if (from < 0) {
            return rows.latestVersion().map(latest -> {
                cursor.set(latest);
                return new Poll(latest, List.of());
            });
        }
        return rows.changed(from, Long.MAX_VALUE, ANY_DAY).collectList().map(changed -> {
            if (!changed.isEmpty()) {
                cursor.set(changed.get(changed.size() - 1).version());
            }
            return new Poll(from, changed);
        });
    }

    /** What one look found: rows with versions above {@code from}, in version order. */
    private record Poll(long from, List<DailyActivity> rows) {}
}
