package nl.starters.branch.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.starters.branch.replies.ReplyKind;
import nl.starters.branch.replies.ReplyPromises;
import nl.starters.branch.testing.BranchTestData;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import nl.starters.servicedefaults.testing.security.TestMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/** Staff review hidden content: the queue, restore and remove, and what the author is told. */
@CommunityContentTest
class ModerationIntegrationTests {

    static final String QUEUE = "/api/branches/utrecht/moderation";
    static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient db;

    @Autowired
    TestNotes notes;

    @Autowired
    SettableClock clock;

    @Autowired
    ReplyPromises replies;

    @Autowired
    TransactionalOperator transaction;

    final TestMember author = TestIdentity.memberOf("utrecht");
    final TestMember staff = TestIdentity.staffOf("utrecht");
    final List<TestMember> flaggers = List.of(
            TestIdentity.memberOf("utrecht"), TestIdentity.memberOf("utrecht"), TestIdentity.memberOf("utrecht"));

    /** The queue is the whole table: every test starts with an empty one. */
    @BeforeEach
    void anEmptyQueueAndKnownMembers() {
        db.sql("DELETE FROM flags").then().block(WAIT);
        db.sql("DELETE FROM moderation_states").then().block(WAIT);
        clock.set(Instant.parse("2026-03-02T10:00:00Z"));
        known(author, "Sanne Bakker", false);
        known(staff, "Pieter de Vries", true);
    }

    @Test
    void theQueueListsHiddenContentOldestFirstWithItsFlags() {
        UUID older = hiddenNote(author, "Cheap accountants, DM me");
        clock.set(Instant.parse("2026-03-02T11:00:00Z"));
        UUID newer = hiddenNote(staff, "Our opening hours");
        UUID flaggedOnce = notes.add(author.id(), "Only one flag");
        flag(flaggers.get(0), flaggedOnce, "meh").expectStatus().isCreated();

        queue(staff, "")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(2)
                .jsonPath("$.items[*].id")
                .isEqualTo(List.of(older.toString(), newer.toString()))
                .jsonPath("$.items[0].kind")
                .isEqualTo("NOTE")
                .jsonPath("$.items[0].title")
                .isEqualTo("Cheap accountants, DM me")
                .jsonPath("$.items[0].state")
                .isEqualTo("HIDDEN")
                .jsonPath("$.items[0].flagCount")
                .isEqualTo(3)
                .jsonPath("$.items[0].reasons")
                .isEqualTo(List.of("reason 0", "reason 1", "reason 2"))
                .jsonPath("$.items[0].since")
                .isEqualTo("2026-03-02T10:03:00Z")
                .jsonPath("$.items[0].author.displayName")
                .isEqualTo("Sanne Bakker")
                .jsonPath("$.items[0].author.staff")
                .isEqualTo(false)
                .jsonPath("$.items[1].author.displayName")
                .isEqualTo("Pieter de Vries")
                .jsonPath("$.items[1].author.staff")
                .isEqualTo(true);
    }

    @Test
    void restoringShowsTheContentAgainAndTheSameFlagsCannotHideItAgain() {
        UUID note = hiddenNote(author, "Is this spam?");
        clock.set(Instant.parse("2026-03-02T12:00:00Z"));

        decide(staff, "restore", note, Map.of("reason", "A genuine offer from a member."))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.state")
                .isEqualTo("VISIBLE")
                .jsonPath("$.decidedBy.displayName")
                .isEqualTo("Pieter de Vries")
                .jsonPath("$.decidedBy.staff")
                .isEqualTo(true)
                .jsonPath("$.decidedAt")
                .isEqualTo("2026-03-02T12:00:00Z")
                .jsonPath("$.reason")
                .isEqualTo("A genuine offer from a member.")
                .jsonPath("$.flagCount")
                .isEqualTo(3);
        assertThat(state(note)).isEqualTo("VISIBLE");
        queue(staff, "").expectBody().jsonPath("$.total").isEqualTo(0);

        for (TestMember flagger : flaggers) {
            flag(flagger, note, "still spam").expectStatus().isOk();
        }
        assertThat(state(note)).isEqualTo("VISIBLE");
        flag(TestIdentity.memberOf("utrecht"), note, "new flag")
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.contentHidden")
                .isEqualTo(false);

        assertThat(notificationsOf(author))
                .containsExactly("Staff reviewed your note \"Is this spam?\": it is visible again."
                        + " Reason: A genuine offer from a member.");
        queue(staff, "?state=VISIBLE")
                .expectBody()
                .jsonPath("$.items[0].id")
                .isEqualTo(note.toString())
                .jsonPath("$.items[0].reasons.length()")
                .isEqualTo(3);
    }

    @Test
    void removingTellsTheAuthorWhyAndWithdrawsTheReplyPromise() {
        UUID note = hiddenNote(author, "Buy followers");
        transaction
                .transactional(replies.open(ReplyKind.QUESTION, note, "Buy followers"))
                .block(WAIT);

        decide(staff, "remove", note, Map.of("reason", "  Advertising is not allowed here.  "))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.state")
                .isEqualTo("REMOVED")
                .jsonPath("$.reason")
                .isEqualTo("Advertising is not allowed here.");
        decide(staff, "remove", note, Map.of("reason", "Again"))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.reason")
                .isEqualTo("Advertising is not allowed here.");

        assertThat(state(note)).isEqualTo("REMOVED");
        assertThat(notificationsOf(author))
                .containsExactly("Staff reviewed your note \"Buy followers\": it was removed."
                        + " Reason: Advertising is not allowed here.");
        assertThat(db.sql("SELECT count(*) FROM reply_promises WHERE subject_id = :id")
                        .bind("id", note)
                        .map(row -> row.get(0, Long.class))
                        .one()
                        .block(WAIT))
                .isZero();
        flag(TestIdentity.memberOf("utrecht"), note, "gone?").expectStatus().isNotFound();
        queue(staff, "?state=REMOVED")
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(1)
                .jsonPath("$.items[0].flagCount")
                .isEqualTo(3)
                .jsonPath("$.items[0].decidedBy.id")
                .isEqualTo(staff.id().toString());
    }

    @Test
    void staffRemoveVisibleContentDirectlyButOnlyWithAReason() {
        UUID note = notes.add(author.id(), "Never flagged");

        for (Map<String, String> noReason : List.of(Map.<String, String>of(), Map.of("reason", "   "))) {
            decide(staff, "remove", note, noReason)
                    .expectStatus()
                    .isBadRequest()
                    .expectBody()
                    .jsonPath("$.detail")
                    .value(String.class, detail -> assertThat(detail).startsWith("reason: "));
        }
        decide(staff, "remove", note, Map.of("reason", "x".repeat(501)))
                .expectStatus()
                .isBadRequest();
        assertThat(state(note)).isNull();

        decide(staff, "remove", note, Map.of("reason", "Personal data of someone else"))
                .expectStatus()
                .isOk();
        assertThat(state(note)).isEqualTo("REMOVED");
    }

    @Test
    void restoringRemovedContentUndoesTheRemovalAndRestoringVisibleContentChangesNothing() {
        UUID note = notes.add(author.id(), "Removed by mistake");
        decide(staff, "remove", note, Map.of("reason", "Looked like spam"))
                .expectStatus()
                .isOk();

        decide(staff, "restore", note, null)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.state")
                .isEqualTo("VISIBLE");
        decide(staff, "restore", note, Map.of()).expectStatus().isOk();

        assertThat(notificationsOf(author)).hasSize(2);
        assertThat(notificationsOf(author).get(1)).endsWith("it is visible again.");
    }

    @Test
    void unknownKindsAreBadRequestsAndUnknownContentIsNotFound() {
        decide(staff, "restore", UUID.randomUUID(), Map.of()).expectStatus().isNotFound();
        web.post()
                .uri(QUEUE + "/RECIPE/{id}/remove", UUID.randomUUID())
                .header(HttpHeaders.AUTHORIZATION, staff.bearer())
                .bodyValue(Map.of("reason", "spam"))
                .exchange()
                .expectStatus()
                .isBadRequest();
        queue(staff, "?state=GONE").expectStatus().isBadRequest();
    }

    @Test
    void onlyStaffOfThisBranchSeeTheQueueAndDecide() {
        UUID note = hiddenNote(author, "Still hidden");
        web.get().uri(QUEUE).exchange().expectStatus().isUnauthorized();
        for (TestMember refused : List.of(
                author,
                TestIdentity.memberOf("groningen"),
                TestIdentity.staffOf("groningen"),
                TestIdentity.coordinator(),
                TestIdentity.admin())) {
            queue(refused, "").expectStatus().isForbidden();
            decide(refused, "restore", note, Map.of()).expectStatus().isForbidden();
            decide(refused, "remove", note, Map.of("reason", "spam"))
                    .expectStatus()
                    .isForbidden();
        }
        assertThat(state(note)).isEqualTo("HIDDEN");
        web.get()
                .uri("/api/branches/groningen/moderation")
                .header(HttpHeaders.AUTHORIZATION, staff.bearer())
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void theApiDocumentSaysEveryInboxAndModerationOperationNeedsAToken() {
        var paths = "$.paths['/api/branches/{branch}";
        web.get()
                .uri("/v3/api-docs")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath(paths + "/inbox'].get.security[0].bearerAuth")
                .exists()
                .jsonPath(paths + "/flags'].post.security[0].bearerAuth")
                .exists()
                .jsonPath(paths + "/moderation'].get.security[0].bearerAuth")
                .exists()
                .jsonPath(paths + "/moderation/{kind}/{id}/restore'].post.security[0].bearerAuth")
                .exists()
                .jsonPath(paths + "/moderation/{kind}/{id}/remove'].post.security[0].bearerAuth")
                .exists();
    }

    private UUID hiddenNote(TestMember by, String title) {
        UUID note = notes.add(by.id(), title);
        for (int i = 0; i < flaggers.size(); i++) {
            clock.advance(Duration.ofMinutes(1));
            flag(flaggers.get(i), note, "reason " + i).expectStatus().isCreated();
        }
        assertThat(state(note)).isEqualTo("HIDDEN");
        return note;
    }

    private WebTestClient.ResponseSpec flag(TestMember member, UUID id, String reason) {
        return web.post()
                .uri("/api/branches/utrecht/flags")
                .header(HttpHeaders.AUTHORIZATION, member.bearer())
                .bodyValue(Map.of("kind", "NOTE", "id", id, "reason", reason))
                .exchange();
    }

    private WebTestClient.ResponseSpec queue(TestMember member, String query) {
        return web.get()
                .uri(QUEUE + query)
                .header(HttpHeaders.AUTHORIZATION, member.bearer())
                .exchange();
    }

    private WebTestClient.ResponseSpec decide(TestMember member, String decision, UUID id, Map<String, String> body) {
        var request =
                web.post().uri(QUEUE + "/note/{id}/" + decision, id).header(HttpHeaders.AUTHORIZATION, member.bearer());
        return (body == null ? request : request.bodyValue(body)).exchange();
    }

    private void known(TestMember member, String name, boolean isStaff) {
        BranchTestData.known(db, member, name, isStaff);
    }

    private String state(UUID id) {
        return db.sql("SELECT state FROM moderation_states WHERE subject_id = :id")
                .bind("id", id)
                .map(row -> row.get("state", String.class))
                .one()
                .block(WAIT);
    }

    private List<String> notificationsOf(TestMember member) {
        return BranchTestData.notifications(db, member, "CONTENT_MODERATED");
    }
}
