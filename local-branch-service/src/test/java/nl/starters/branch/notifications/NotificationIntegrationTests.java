package nl.starters.branch.notifications;

import static nl.starters.branch.testing.BranchResponses.ids;
import static nl.starters.branch.testing.BranchResponses.items;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.starters.branch.testing.BranchResponses;
import nl.starters.servicedefaults.testing.ServiceIntegrationTest;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import nl.starters.servicedefaults.testing.security.TestMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

@ServiceIntegrationTest
class NotificationIntegrationTests {

    static final String NOTIFICATIONS = "/api/branches/utrecht/notifications";

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient db;

    final TestMember anna = TestIdentity.memberOf("utrecht");
    final TestMember bram = TestIdentity.memberOf("utrecht");
    final Instant morning = Instant.parse("2026-03-02T08:00:00Z");

    UUID oldest;
    UUID middle;
    UUID newest;
    UUID bramsOwn;

    @BeforeEach
    void someNotifications() {
        oldest = notification(anna, NotificationType.CONNECTION_REQUEST, "You have a new connection request.", 0);
        newest = notification(anna, NotificationType.MEETUP_CHANGED, "The meetup changed.", 120);
        middle = notification(anna, NotificationType.ANSWER_TO_MY_QUESTION, "Your question was answered.", 60);
        bramsOwn = notification(bram, NotificationType.CONNECTION_ACCEPTED, "Accepted.", 30);
    }

    @Test
    void aMemberSeesOnlyTheirOwnNotificationsNewestFirst() {
        Map<String, Object> page = page(anna, "");

        assertThat(page).containsEntry("total", 3).containsEntry("page", 0).containsEntry("size", 20);
        assertThat(ids(page)).containsExactly(newest.toString(), middle.toString(), oldest.toString());
        assertThat(items(page).get(0))
                .containsEntry("type", "MEETUP_CHANGED")
                .containsEntry("text", "The meetup changed.")
                .containsEntry("createdAt", morning.plusSeconds(120).toString())
                .containsEntry("read", false)
                .containsKey("subjectId");
        assertThat(ids(page(bram, ""))).containsExactly(bramsOwn.toString());
        assertThat(ids(page(TestIdentity.memberOf("utrecht"), ""))).isEmpty();
    }

    @Test
    void notificationsComeInPages() {
        Map<String, Object> second = page(anna, "?size=2&page=1");

        assertThat(ids(second)).containsExactly(oldest.toString());
        assertThat(second).containsEntry("total", 3).containsEntry("page", 1).containsEntry("size", 2);
        web.get()
                .uri(NOTIFICATIONS + "?size=101")
                .header(HttpHeaders.AUTHORIZATION, anna.bearer())
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aMemberMarksOneReadAndTheUnreadFilterLeavesItOut() {
        markRead(anna, middle).expectStatus().isNoContent();
        Instant readAt = readAt(middle);
        markRead(anna, middle).expectStatus().isNoContent();

        assertThat(readAt).isNotNull();
        assertThat(readAt(middle)).isEqualTo(readAt);
        assertThat(items(page(anna, "")).get(1)).containsEntry("read", true);
        Map<String, Object> unread = page(anna, "?unread=true");
        assertThat(ids(unread)).containsExactly(newest.toString(), oldest.toString());
        assertThat(unread).containsEntry("total", 2);
    }

    @Test
    void someoneElsesNotificationIsNotFoundAndStaysUnread() {
        markRead(anna, bramsOwn)
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("You have no notification " + bramsOwn + ".");
        markRead(anna, UUID.randomUUID()).expectStatus().isNotFound();

        assertThat(readAt(bramsOwn)).isNull();
    }

    @Test
    void markingAllReadTouchesOnlyTheCallersOwn() {
        web.post()
                .uri(NOTIFICATIONS + "/read")
                .header(HttpHeaders.AUTHORIZATION, anna.bearer())
                .exchange()
                .expectStatus()
                .isNoContent();

        assertThat(page(anna, "?unread=true")).containsEntry("total", 0);
        assertThat(items(page(anna, ""))).allSatisfy(item -> assertThat(item).containsEntry("read", true));
        assertThat(readAt(bramsOwn)).isNull();
    }

    @Test
    void notificationsNeedASignedInMember() {
        web.get().uri(NOTIFICATIONS).exchange().expectStatus().isUnauthorized();
        web.post().uri(NOTIFICATIONS + "/read").exchange().expectStatus().isUnauthorized();
        web.post()
                .uri(NOTIFICATIONS + "/{id}/read", oldest)
                .exchange()
                .expectStatus()
                .isUnauthorized();
        assertThat(readAt(oldest)).isNull();
    }

    private UUID notification(TestMember member, NotificationType type, String text, int secondsLater) {
        UUID id = UUID.randomUUID();
        db.sql("""
                        INSERT INTO notifications (id, member_id, type, subject_id, text, created_at)
                        VALUES (:id, :member, :type, :subject, :text, :at)""")
                .bind("id", id)
                .bind("member", member.id())
                .bind("type", type.name())
                .bind("subject", UUID.randomUUID())
                .bind("text", text)
                .bind("at", morning.plusSeconds(secondsLater))
                .then()
                .block(Duration.ofSeconds(5));
        return id;
    }

    private WebTestClient.ResponseSpec markRead(TestMember member, UUID id) {
        return web.post()
                .uri(NOTIFICATIONS + "/{id}/read", id)
                .header(HttpHeaders.AUTHORIZATION, member.bearer())
                .exchange();
    }

    private Instant readAt(UUID id) {
        return db.sql("SELECT read_at FROM notifications WHERE id = :id")
                .bind("id", id)
                .map(row -> Optional.ofNullable(row.get("read_at", Instant.class)))
                .one()
                .block(Duration.ofSeconds(5))
                .orElse(null);
    }

    private Map<String, Object> page(TestMember member, String query) {
        return BranchResponses.page(web, member, NOTIFICATIONS + query);
    }
}
