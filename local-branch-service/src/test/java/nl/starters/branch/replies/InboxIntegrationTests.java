package nl.starters.branch.replies;

import static nl.starters.branch.replies.WorkingCalendarTests.at;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.starters.branch.moderation.CommunityContentTest;
import nl.starters.branch.moderation.SettableClock;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import nl.starters.servicedefaults.testing.security.TestMember;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/** Staff see what waits for their first reply, oldest first, with its SLA state; nobody else does. */
@CommunityContentTest
class InboxIntegrationTests {

    static final String INBOX = "/api/branches/utrecht/inbox";
    static final TestMember STAFF = TestIdentity.staffOf("utrecht");

    @Autowired
    WebTestClient web;

    @Autowired
    ReplyPromises replies;

    @Autowired
    TransactionalOperator transaction;

    @Autowired
    DatabaseClient db;

    @Autowired
    SettableClock clock;

    /** The tests share this database: leave an empty inbox behind. */
    @AfterEach
    void emptyTheInbox() {
        db.sql("DELETE FROM reply_promises").then().block(Duration.ofSeconds(5));
    }

    @Test
    void listsWhatWaitsOldestFirstWithItsSlaState() {
        UUID breached = open(ReplyKind.QUESTION, "2026-03-02T10:00", "Which permits does a food truck need?");
        UUID dueSoon = open(ReplyKind.COMMENT_THREAD, "2026-03-02T15:30", "Blog: your first invoice");
        UUID onTime = open(ReplyKind.QUESTION, "2026-03-03T09:15", "Is a KvK number enough?");
        UUID answered = open(ReplyKind.QUESTION, "2026-03-02T09:30", "Answered already");
        transaction.transactional(replies.staffReplied(answered, STAFF.id())).block(Duration.ofSeconds(5));
        clock.set(at("2026-03-03T14:00"));

        inbox(STAFF)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(3)
                .jsonPath("$.items[*].id")
                .isEqualTo(List.of(breached.toString(), dueSoon.toString(), onTime.toString()))
                .jsonPath("$.items[0].kind")
                .isEqualTo("QUESTION")
                .jsonPath("$.items[0].title")
                .isEqualTo("Which permits does a food truck need?")
                .jsonPath("$.items[0].waitingSince")
                .isEqualTo("2026-03-02T09:00:00Z")
                .jsonPath("$.items[0].dueAt")
                .isEqualTo("2026-03-03T09:00:00Z")
                .jsonPath("$.items[0].slaState")
                .isEqualTo("BREACHED")
                .jsonPath("$.items[0].workingTimeLeft")
                .isEqualTo("-PT4H")
                .jsonPath("$.items[1].kind")
                .isEqualTo("COMMENT_THREAD")
                .jsonPath("$.items[1].dueAt")
                .isEqualTo("2026-03-03T14:30:00Z")
                .jsonPath("$.items[1].slaState")
                .isEqualTo("DUE_SOON")
                .jsonPath("$.items[1].workingTimeLeft")
                .isEqualTo("PT1H30M")
                .jsonPath("$.items[2].slaState")
                .isEqualTo("ON_TIME")
                .jsonPath("$.items[2].workingTimeLeft")
                .isEqualTo("PT3H15M");
    }

    @Test
    void theBranchHolidaysMoveTheDueMoment() {
        UUID christmasEve = open(ReplyKind.QUESTION, "2026-12-24T16:00", "Closing the year");
        clock.set(at("2026-12-27T12:00"));

        inbox(STAFF)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items[0].id")
                .isEqualTo(christmasEve.toString())
                .jsonPath("$.items[0].dueAt")
                .isEqualTo("2026-12-28T15:00:00Z")
                .jsonPath("$.items[0].workingTimeLeft")
                .isEqualTo("PT7H");
    }

    @Test
    void pagesThroughTheWaitingItems() {
        for (int hour = 9; hour < 14; hour++) {
            open(ReplyKind.QUESTION, "2026-03-02T%02d:00".formatted(hour), "Question at " + hour);
        }
        clock.set(at("2026-03-02T14:00"));

        web.get()
                .uri(INBOX + "?page=1&size=2")
                .header(HttpHeaders.AUTHORIZATION, STAFF.bearer())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.page")
                .isEqualTo(1)
                .jsonPath("$.size")
                .isEqualTo(2)
                .jsonPath("$.total")
                .isEqualTo(5)
                .jsonPath("$.items[*].title")
                .isEqualTo(List.of("Question at 11", "Question at 12"));
        web.get()
                .uri(INBOX + "?size=101")
                .header(HttpHeaders.AUTHORIZATION, STAFF.bearer())
                .exchange()
                .expectStatus()
                .isBadRequest();
    }

    @Test
    void onlyStaffOfThisBranchSeeTheInbox() {
        web.get()
                .uri(INBOX)
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        for (TestMember refused : List.of(
                TestIdentity.memberOf("utrecht"),
                TestIdentity.memberOf("groningen"),
                TestIdentity.staffOf("groningen"),
                TestIdentity.coordinator(),
                TestIdentity.admin())) {
            inbox(refused).expectStatus().isForbidden();
        }
        web.get()
                .uri("/api/branches/groningen/inbox")
                .header(
                        HttpHeaders.AUTHORIZATION,
                        TestIdentity.staffOf("groningen").bearer())
                .exchange()
                .expectStatus()
                .isForbidden();
        web.get()
                .uri("/api/branches/groningen/inbox")
                .header(HttpHeaders.AUTHORIZATION, STAFF.bearer())
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    private UUID open(ReplyKind kind, String localTime, String title) {
        UUID id = UUID.randomUUID();
        clock.set(at(localTime));
        transaction.transactional(replies.open(kind, id, title)).block(Duration.ofSeconds(5));
        return id;
    }

    private WebTestClient.ResponseSpec inbox(TestMember member) {
        return web.get()
                .uri(INBOX)
                .header(HttpHeaders.AUTHORIZATION, member.bearer())
                .exchange();
    }
}
