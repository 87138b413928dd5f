package nl.starters.branch.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.starters.servicedefaults.security.Caller;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import nl.starters.servicedefaults.testing.security.TestMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/** Members flag content; it hides only when enough of them (or one trusted member) agree. */
@CommunityContentTest
class FlaggingIntegrationTests {

    static final String FLAGS = "/api/branches/utrecht/flags";
    static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient db;

    @Autowired
    TestNotes notes;

    @Autowired
    Flags flags;

    @Autowired
    SettableClock clock;

    final TestMember author = TestIdentity.memberOf("utrecht");
    UUID note;

    @BeforeEach
    void aNoteByAMember() {
        clock.set(Instant.parse("2026-03-02T10:00:00Z"));
        note = notes.add(author.id(), "Cheap accountants, DM me");
    }

    @Test
    void oneFlagIsNotedButTheContentStaysVisible() {
        flag(TestIdentity.memberOf("utrecht"), note, "Looks like spam")
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.kind")
                .isEqualTo("NOTE")
                .jsonPath("$.id")
                .isEqualTo(note.toString())
                .jsonPath("$.reason")
                .isEqualTo("Looks like spam")
                .jsonPath("$.flaggedAt")
                .isEqualTo("2026-03-02T10:00:00Z")
                .jsonPath("$.contentHidden")
                .isEqualTo(false);

        assertThat(visible(note)).isTrue();
    }

    @Test
    void threeDistinctMembersHideTheContentPendingReview() {
        flag(TestIdentity.memberOf("utrecht"), note, "spam").expectStatus().isCreated();
        flag(TestIdentity.memberOf("utrecht"), note, "spam again")
                .expectStatus()
                .isCreated();
        assertThat(visible(note)).isTrue();

        flag(TestIdentity.memberOf("utrecht"), note, "  advertising  ")
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.reason")
                .isEqualTo("advertising")
                .jsonPath("$.contentHidden")
                .isEqualTo(true);

        assertThat(visible(note)).isFalse();
        assertThat(state(note)).isEqualTo("HIDDEN");
    }

    @Test
    void aSecondFlagBySameMemberIsTheFirstOneAgainAndNotCountedTwice() {
        TestMember flagger = TestIdentity.memberOf("utrecht");
        TestMember other = TestIdentity.memberOf("utrecht");
        flag(flagger, note, "first reason").expectStatus().isCreated();
        clock.set(Instant.parse("2026-03-02T11:00:00Z"));
        for (int i = 0; i < 3; i++) {
            flag(flagger, note, "another reason")
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.reason")
                    .isEqualTo("first reason")
                    .jsonPath("$.flaggedAt")
                    .isEqualTo("2026-03-02T10:00:00Z")
                    .jsonPath("$.contentHidden")
                    .isEqualTo(false);
        }
        flag(other, note, "spam").expectStatus().isCreated();
        flag(other, note, "spam").expectStatus().isOk();

        assertThat(flagsOn(note)).isEqualTo(2);
        assertThat(visible(note)).isTrue();
    }

    @Test
    void aTrustedMembersFlagHidesAtOnce() {
        TestMember trusted = TestIdentity.memberOf("utrecht");
        TestMember almost = TestIdentity.memberOf("utrecht");
        contributed(trusted, 20);
        contributed(almost, 19);

        flag(almost, note, "offensive").expectBody().jsonPath("$.contentHidden").isEqualTo(false);
        flag(trusted, note, "offensive")
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.contentHidden")
                .isEqualTo(true);

        assertThat(state(note)).isEqualTo("HIDDEN");
    }

    @Test
    void staffOfTheBranchAreTrustedFlaggers() {
        flag(TestIdentity.staffOf("utrecht"), note, "against the house rules")
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.contentHidden")
                .isEqualTo(true);
    }

    @Test
    void staffContentCanBeFlaggedToo() {
        UUID staffPost = notes.add(TestIdentity.staffOf("utrecht").id(), "Our new opening hours");
        contributed(author, 25);
        flag(author, staffPost, "wrong hours").expectStatus().isCreated();

        assertThat(state(staffPost)).isEqualTo("HIDDEN");
    }

    @Test
    void flagsOnHiddenContentStillCountForTheReviewers() {
        TestMember trusted = TestIdentity.memberOf("utrecht");
        contributed(trusted, 30);
        flag(trusted, note, "scam").expectStatus().isCreated();

        flag(TestIdentity.memberOf("utrecht"), note, "scam as well")
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.contentHidden")
                .isEqualTo(true);
        assertThat(flagsOn(note)).isEqualTo(2);
    }

    @Test
    void concurrentFlagsAreCountedOneAfterTheOther() {
        List<UUID> contested = IntStream.range(0, 5)
                .mapToObj(i -> notes.add(author.id(), "Contested " + i))
                .toList();
        Flux.fromIterable(contested)
                .flatMap(id -> Flux.range(0, 3)
                        .flatMap(i -> flags.flag(
                                        caller(TestIdentity.memberOf("utrecht")),
                                        new FlagRequest("note", id, "simultaneous"))
                                .subscribeOn(Schedulers.parallel())))
                .then()
                .block(WAIT);

        contested.forEach(id -> assertThat(state(id)).as("note %s", id).isEqualTo("HIDDEN"));
    }

    @Test
    void nobodyFlagsTheirOwnContent() {
        flag(author, note, "my own")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("You cannot flag your own content; edit or delete it instead.");
    }

    @Test
    void anUnknownKindIsABadRequestAndAnUnknownIdIsNotFound() {
        TestMember member = TestIdentity.memberOf("utrecht");
        web.post()
                .uri(FLAGS)
                .header(HttpHeaders.AUTHORIZATION, member.bearer())
                .bodyValue(Map.of("kind", "RECIPE", "id", note, "reason", "spam"))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.detail")
                .value(
                        String.class,
                        detail -> assertThat(detail)
                                .startsWith("There is no content kind 'RECIPE' here")
                                .contains("NOTE"));
        flag(member, UUID.randomUUID(), "spam")
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.detail")
                .value(String.class, detail -> assertThat(detail).startsWith("There is no note "));
    }

    @Test
    void aReasonIsThreeToFiveHundredCharacters() {
        TestMember member = TestIdentity.memberOf("utrecht");
        for (String reason : List.of("no", "  x  ", "x".repeat(501))) {
            flag(member, note, reason)
                    .expectStatus()
                    .isBadRequest()
                    .expectBody()
                    .jsonPath("$.detail")
                    .value(String.class, detail -> assertThat(detail).contains("reason"));
        }
        web.post()
                .uri(FLAGS)
                .header(HttpHeaders.AUTHORIZATION, member.bearer())
                .bodyValue(Map.of("kind", "NOTE"))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.detail")
                .value(
                        String.class,
                        detail -> assertThat(detail).contains("id: ").contains("reason: "));
        flag(member, note, "x".repeat(500)).expectStatus().isCreated();
        assertThat(flagsOn(note)).isEqualTo(1);
    }

    @Test
    void onlyMembersOfThisBranchFlagHere() {
        web.post()
                .uri(FLAGS)
                .bodyValue(Map.of("kind", "NOTE", "id", note, "reason", "spam"))
                .exchange()
                .expectStatus()
                .isUnauthorized();
        flag(TestIdentity.memberOf("groningen"), note, "spam").expectStatus().isForbidden();
        flag(TestIdentity.staffOf("groningen"), note, "spam").expectStatus().isForbidden();
        assertThat(flagsOn(note)).isZero();
    }

    @Test
    void theMembersFlagsAreInTheirExport() {
        TestMember flagger = TestIdentity.memberOf("utrecht");
        flag(flagger, note, "Looks like spam").expectStatus().isCreated();

        web.get()
                .uri("/api/branches/utrecht/members/me/export")
                .header(HttpHeaders.AUTHORIZATION, flagger.bearer())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items.flags.length()")
                .isEqualTo(1)
                .jsonPath("$.items.flags[0].kind")
                .isEqualTo("NOTE")
                .jsonPath("$.items.flags[0].id")
                .isEqualTo(note.toString())
                .jsonPath("$.items.flags[0].reason")
                .isEqualTo("Looks like spam");
    }

    private WebTestClient.ResponseSpec flag(TestMember member, UUID id, String reason) {
        return web.post()
                .uri(FLAGS)
                .header(HttpHeaders.AUTHORIZATION, member.bearer())
                .bodyValue(Map.of("kind", "note", "id", id, "reason", reason))
                .exchange();
    }

    private static Caller caller(TestMember member) {
        return new Caller(member.id(), member.displayName(), Set.copyOf(member.roles()), member.branch(), "");
    }

    private void contributed(TestMember member, int contributions) {
        db.sql("INSERT INTO member_activity (member_id, contributions) VALUES (:id, :count)")
                .bind("id", member.id())
                .bind("count", contributions)
                .then()
                .block(WAIT);
    }

    private boolean visible(UUID id) {
        return db.sql("SELECT count(*) FROM (VALUES (:id)) AS v(id) WHERE " + Moderation.visible("v.id"))
                        .bind("id", id)
                        .map(row -> row.get(0, Long.class))
                        .one()
                        .block(WAIT)
                == 1L;
    }

    private String state(UUID id) {
        return db.sql("SELECT state FROM moderation_states WHERE subject_id = :id")
                .bind("id", id)
                .map(row -> row.get("state", String.class))
                .one()
                .block(WAIT);
    }

    private long flagsOn(UUID id) {
        return db.sql("SELECT count(*) FROM flags WHERE subject_id = :id")
                .bind("id", id)
                .map(row -> row.get(0, Long.class))
                .one()
                .block(WAIT);
    }
}
