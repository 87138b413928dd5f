package nl.starters.national.moderation;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.security.Caller;
import nl.starters.servicedefaults.security.Roles;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * Members flag national content; it is hidden once N distinct members flagged it (or a coordinator did),
 * and stays hidden until a coordinator restores or removes it. One flag per member and content.
 */
@Component
@EnableConfigurationProperties(ModerationProperties.class)
class Flags {

    private final DatabaseClient db;
    private final NationalContent content;
    private final ModerationProperties properties;
    private final TransactionalOperator transaction;
    private final Clock clock;

    Flags(
            DatabaseClient db,
            NationalContent content,
            ModerationProperties properties,
            TransactionalOperator transaction,
            Clock clock) {
        this.db = db;
        this.content = content;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The caller's flag and whether it is new (a second flag by the same member changes nothing). */
    Mono<Flagged> flag(Caller caller, FlagRequest request) {
        ContentKind kind = ContentKind.parse(request.kind());
        String reason = request.reason().strip();
        if (reason.length() < 3) {
            return Mono.error(
                    new ResponseStatusException(HttpStatus.BAD_REQUEST, "reason: a reason is 3 to 500 characters"));
        }
        return content.find(kind, request.id())
                .filterWhen(found -> visible(found.id()))
                .switchIfEmpty(Mono.error(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "This content is hidden or removed by the coordinators.")))
                .flatMap(found -> caller.memberId().equals(found.authorId())
                        ? Mono.error(new ResponseStatusException(
                                HttpStatus.BAD_REQUEST, "You cannot flag your own content."))
                        : transaction.transactional(flagOnce(caller, found, reason)));
    }

    private Mono<Flagged> flagOnce(Caller caller, ContentRef found, String reason) {
        Instant now = clock.instant();
        return db.sql("SELECT pg_advisory_xact_lock(hashtext(:id))")
                .bind("id", found.id().toString())
                .then()
                .then(db.sql("""
                                INSERT INTO national_flags (kind, subject_id, member_id, reason, flagged_at)
                                VALUES (:kind, :id, :member, :reason, :at) ON CONFLICT DO NOTHING""")
                        .bind("kind", found.kind().name())
                        .bind("id", found.id())
                        .bind("member", caller.memberId())
                        .bind("reason", reason)
                        .bind("at", now)
                        .fetch()
                        .rowsUpdated())
                .flatMap(inserted -> inserted == 0
                        ? existing(found, caller).map(view -> new Flagged(view, false))
                        : hideIfEnough(found, caller.hasRole(Roles.COORDINATOR), now)
                                .then(existing(found, caller))
                                .map(view -> new Flagged(view, true)));
    }

    private Mono<Void> hideIfEnough(ContentRef found, boolean coordinator, Instant now) {
        return db.sql("""
                        INSERT INTO national_moderation (subject_id, kind, state, changed_at)
                        SELECT :id, :kind, 'HIDDEN', :at
                        WHERE :coordinator OR (SELECT count(*) FROM national_flags WHERE subject_id = :id) >= :needed
                        ON CONFLICT (subject_id) DO UPDATE SET state = 'HIDDEN', reason = NULL, decided_by = NULL,
                            changed_at = EXCLUDED.changed_at
                        WHERE national_moderation.state = 'VISIBLE'""")
                .bind("id", found.id())
                .bind("kind", found.kind().name())
                .bind("at", now)
                .bind("coordinator", coordinator)
                .bind("needed", (long) properties.flagsToHide())
                .then();
    }

    private Mono<Boolean> visible(UUID id) {
        return db.sql("SELECT " + NationalModeration.visible(":id") + " AS visible")
                .bind("id", id)
                .map(row -> Boolean.TRUE.equals(row.get("visible", Boolean.class)))
                .one();
    }

    private Mono<FlagView> existing(ContentRef found, Caller caller) {
        return db.sql("SELECT reason, flagged_at FROM national_flags WHERE subject_id = :id AND member_id = :member")
                .bind("id", found.id())
                .bind("member", caller.memberId())
                .map(row -> new FlagView(
                        found.kind(),
                        found.id(),
                        row.get("reason", String.class),
                        row.get("flagged_at", Instant.class)))
                .one();
    }

    record Flagged(FlagView view, boolean created) {}
}
