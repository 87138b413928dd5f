package nl.starters.branch.meetups;

import java.time.Instant;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** RSVPs of a meetup; callers hold the meetup's lock ({@link MeetupRepository#lock}) while they change them. */
@Repository
class RsvpRepository {

    private final DatabaseClient db;

    RsvpRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<RsvpState> stateOf(UUID meetup, UUID member) {
        return db.sql("SELECT state FROM meetup_rsvps WHERE meetup_id = :meetup AND member_id = :member")
                .bind("meetup", meetup)
                .bind("member", member)
                .map(row -> RsvpState.valueOf(row.get("state", String.class)))
                .one();
    }

    Mono<Long> going(UUID meetup) {
        return db.sql("SELECT count(*) FROM meetup_rsvps WHERE meetup_id = :meetup AND state = 'GOING'")
                .bind("meetup", meetup)
                .map(row -> row.get(0, Long.class))
                .one();
    }

    Mono<Void> insert(UUID meetup, UUID member, RsvpState state, Instant at) {
        return db.sql("""
                        INSERT INTO meetup_rsvps (meetup_id, member_id, state, created_at)
                        VALUES (:meetup, :member, :state, :at)""")
                .bind("meetup", meetup)
                .bind("member", member)
                .bind("state", state.name())
                .bind("at", at)
                .then();
    }

    /** Removes the member's RSVP; the state it had, or empty when they had none. */
    Mono<RsvpState> delete(UUID meetup, UUID member) {
        return db.sql("DELETE FROM meetup_rsvps WHERE meetup_id = :meetup AND member_id = :member RETURNING state")
                .bind("meetup", meetup)
                .bind("member", member)
                .map(row -> RsvpState.valueOf(row.get("state", String.class)))
                .one();
    }

    /** Moves the first {@code places} members of the waiting list up, in the order they asked; who moved. */
    Flux<UUID> moveUp(UUID meetup, long places) {
        return db.sql("""
                        UPDATE meetup_rsvps SET state = 'GOING'
                        WHERE meetup_id = :meetup AND member_id IN (
                            SELECT member_id FROM meetup_rsvps WHERE meetup_id = :meetup AND state = 'WAITING'
                            ORDER BY created_at, member_id LIMIT :places)
                        RETURNING member_id""")
                .bind("meetup", meetup)
                .bind("places", places)
                .map(row -> row.get("member_id", UUID.class))
                .all();
    }

    /** The meetups the member has an RSVP for, going or waiting. */
    Flux<UUID> meetupsOf(UUID member) {
        return db.sql("SELECT meetup_id FROM meetup_rsvps WHERE member_id = :member ORDER BY meetup_id")
                .bind("member", member)
                .map(row -> row.get("meetup_id", UUID.class))
                .all();
    }

    /** Everyone going or waiting. */
    Flux<UUID> members(UUID meetup) {
        return db.sql("SELECT member_id FROM meetup_rsvps WHERE meetup_id = :meetup ORDER BY created_at, member_id")
                .bind("meetup", meetup)
                .map(row -> row.get("member_id", UUID.class))
                .all();
    }
}
