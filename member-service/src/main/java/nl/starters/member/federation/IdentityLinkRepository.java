package nl.starters.member.federation;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class IdentityLinkRepository {

    private final DatabaseClient db;

    IdentityLinkRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<IdentityLink> find(String issuer, String subject) {
        return db.sql("SELECT * FROM identity_links WHERE issuer = :issuer AND subject = :subject")
                .bind("issuer", issuer)
                .bind("subject", subject)
                .map(IdentityLinkRepository::toLink)
                .one();
    }

    Mono<Void> insert(IdentityLink link) {
        return db.sql("""
                        INSERT INTO identity_links (issuer, subject, member_id, linked_at)
                        VALUES (:issuer, :subject, :member, :at)""")
                .bind("issuer", link.issuer())
                .bind("subject", link.subject())
                .bind("member", link.memberId())
                .bind("at", link.linkedAt())
                .then();
    }

    Flux<IdentityLink> of(UUID memberId) {
        return db.sql("SELECT * FROM identity_links WHERE member_id = :member ORDER BY linked_at")
                .bind("member", memberId)
                .map(IdentityLinkRepository::toLink)
                .all();
    }

    Mono<Void> deleteAllOf(UUID memberId) {
        return db.sql("DELETE FROM identity_links WHERE member_id = :member")
                .bind("member", memberId)
                .then();
    }

    private static IdentityLink toLink(Readable row) {
        return new IdentityLink(
                row.get("issuer", String.class),
                row.get("subject", String.class),
                row.get("member_id", UUID.class),
                row.get("linked_at", Instant.class));
    }
}
