package nl.starters.branch.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.starters.servicedefaults.kafka.EventEnvelope;
import nl.starters.servicedefaults.kafka.Topics;
import nl.starters.servicedefaults.testing.security.TestMember;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.r2dbc.core.DatabaseClient;

/** The database and Kafka set-up and read-backs many branch integration tests share, written once. */
public final class BranchTestData {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private BranchTestData() {}

    /** Makes the read copy know the member as their token describes them; a second call changes nothing. */
    public static TestMember known(DatabaseClient db, TestMember member) {
        return known(db, member, member.displayName(), member.roles().contains("STAFF"));
    }

    /** Makes this branch's read copy of members.v1 know the member (home branch: the member's own). */
    public static TestMember known(DatabaseClient db, TestMember member, String displayName, boolean staff) {
        db.sql("INSERT INTO members (id, display_name, staff, home_branch, updated_at)"
                        + " VALUES (:id, :name, :staff, :branch, now()) ON CONFLICT (id) DO NOTHING")
                .bind("id", member.id())
                .bind("name", displayName)
                .bind("staff", staff)
                .bind("branch", member.branch())
                .then()
                .block(WAIT);
        return member;
    }

    /** How many activity.v1 events of this type about this subject wait in the outbox. */
    public static long activities(DatabaseClient db, String type, Object subject) {
        return db.sql("SELECT count(*) FROM messaging.outbox WHERE topic = :topic"
                        + " AND payload::jsonb ->> 'type' = :type AND payload::jsonb ->> 'subjectId' = :subject")
                .bind("topic", Topics.ACTIVITY)
                .bind("type", type)
                .bind("subject", subject.toString())
                .map(row -> row.get(0, Long.class))
                .one()
                .block(WAIT);
    }

    /** The texts of the member's notifications of this type, oldest first. */
    public static List<String> notifications(DatabaseClient db, TestMember member, String type) {
        return db.sql("SELECT text FROM notifications WHERE member_id = :member AND type = :type"
                        + " ORDER BY created_at, id")
                .bind("member", member.id())
                .bind("type", type)
                .map(row -> row.get("text", String.class))
                .all()
                .collectList()
                .block(WAIT);
    }

    /** A member.erased.v1 event for the members topic, as member-service publishes it. */
    public static ProducerRecord<String, String> erasure(UUID member) {
        var envelope = new EventEnvelope(EventEnvelope.newId(), "member.erased.v1", "/members", Instant.now());
        return new ProducerRecord<>(
                Topics.MEMBERS, null, member.toString(), "{\"memberId\":\"" + member + "\"}", envelope.toHeaders());
    }
}
