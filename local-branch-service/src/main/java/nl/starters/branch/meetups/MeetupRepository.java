package nl.starters.branch.meetups;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.UUID;
import nl.starters.servicedefaults.members.Author;
import nl.starters.servicedefaults.web.PageRequest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class MeetupRepository {

    private static final String COLUMNS =
            "m.id, m.organiser_id, m.title, m.description, m.starts_at, m.place, m.capacity";
    private static final String SELECT = "SELECT " + COLUMNS + ", m.created_at, m.edited_at,"
            + " (SELECT count(*) FROM meetup_rsvps r WHERE r.meetup_id = m.id AND r.state = 'GOING') AS attending,"
            + " (SELECT count(*) FROM meetup_rsvps r WHERE r.meetup_id = m.id AND r.state = 'WAITING') AS waiting,"
            + " (SELECT r.state FROM meetup_rsvps r WHERE r.meetup_id = m.id AND r.member_id = :me) AS mine, "
            + Author.columns("o", "m.organiser_id") + " FROM meetups m " + Author.join("o", "m.organiser_id");

    private final DatabaseClient db;

    MeetupRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Void> insert(Meetup meetup, Instant at) {
        return db.sql("""
                        INSERT INTO meetups (id, organiser_id, title, description, starts_at, place, capacity, created_at)
                        VALUES (:id, :organiser, :title, :description, :starts, :place, :capacity, :at)""")
                .bind("id", meetup.id())
                .bind("organiser", meetup.organiserId())
                .bind("title", meetup.title())
                .bind("description", meetup.description())
                .bind("starts", meetup.startsAt())
                .bind("place", meetup.place())
                .bind("capacity", meetup.capacity())
                .bind("at", at)
                .then();
    }

    /**
     * The meetup, locked until the transaction ends: every change to its RSVPs takes this lock first,
     * so concurrent RSVPs are counted one after the other and never exceed the capacity.
     */
    Mono<Meetup> lock(UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM meetups m WHERE m.id = :id FOR UPDATE")
                .bind("id", id)
                .map(MeetupRepository::meetup)
                .one();
    }

    Mono<Void> update(Meetup meetup, Instant at) {
        return db.sql("""
                        UPDATE meetups SET title = :title, description = :description, starts_at = :starts,
                            place = :place, capacity = :capacity, edited_at = :at
                        WHERE id = :id""")
                .bind("title", meetup.title())
                .bind("description", meetup.description())
                .bind("starts", meetup.startsAt())
                .bind("place", meetup.place())
                .bind("capacity", meetup.capacity())
                .bind("at", at)
                .bind("id", meetup.id())
                .then();
    }

    Mono<Listed> find(UUID me, UUID id) {
        return db.sql(SELECT + " WHERE m.id = :id")
                .bind("me", me)
                .bind("id", id)
                .map(MeetupRepository::listed)
                .one();
    }

    /** Upcoming meetups soonest first, or past ones most recent first. */
    Flux<Listed> page(UUID me, boolean past, Instant now, PageRequest page) {
        return db.sql(SELECT + where(past) + order(past) + " LIMIT :limit OFFSET :offset")
                .bind("me", me)
                .bind("now", now)
                .bind("limit", page.size())
                .bind("offset", page.offset())
                .map(MeetupRepository::listed)
                .all();
    }

    Mono<Long> count(boolean past, Instant now) {
        return db.sql("SELECT count(*) FROM meetups m" + where(past))
                .bind("now", now)
                .map(row -> row.get(0, Long.class))
                .one();
    }

    private static String where(boolean past) {
        return past ? " WHERE m.starts_at <= :now" : " WHERE m.starts_at > :now";
    }

    private static String order(boolean past) {
        return past ? " ORDER BY m.starts_at DESC, m.id DESC" : " ORDER BY m.starts_at, m.id";
    }

    private static Meetup meetup(Readable row) {
        return new Meetup(
                row.get("id", UUID.class),
                row.get("organiser_id", UUID.class),
                row.get("title", String.class),
                row.get("description", String.class),
                row.get("starts_at", Instant.class),
                row.get("place", String.class),
                row.get("capacity", Integer.class));
    }

    private static Listed listed(Readable row) {
        String mine = row.get("mine", String.class);
        return new Listed(
                meetup(row),
                Author.read(row, "o"),
                row.get("attending", Long.class),
                row.get("waiting", Long.class),
                mine == null ? null : RsvpState.valueOf(mine),
                row.get("created_at", Instant.class),
                row.get("edited_at", Instant.class));
    }

    /** A meetup with its organiser, its counts and the caller's RSVP. */
    record Listed(
            Meetup meetup,
            Author organiser,
            long attending,
            long waiting,
            RsvpState mine,
            Instant createdAt,
            Instant editedAt) {}
}
