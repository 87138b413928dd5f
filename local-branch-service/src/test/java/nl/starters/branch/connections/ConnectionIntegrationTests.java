package nl.starters.branch.connections;

import static nl.starters.branch.testing.BranchResponses.ids;
import static nl.starters.branch.testing.BranchTestData.erasure;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.starters.branch.testing.BranchResponses;
import nl.starters.branch.testing.BranchTestData;
import nl.starters.servicedefaults.testing.ServiceIntegrationTest;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import nl.starters.servicedefaults.testing.security.TestMember;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

@ServiceIntegrationTest
class ConnectionIntegrationTests {

    static final String CONNECTIONS = "/api/branches/utrecht/connections";
    static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient db;

    @Autowired
    KafkaTemplate<String, String> kafka;

    final TestMember anna = TestIdentity.memberOf("utrecht");
    final TestMember bram = TestIdentity.memberOf("utrecht");

    @BeforeEach
    void twoMembersThisBranchKnows() {
        known(anna, "Anna de Vries");
        known(bram, "Bram Jansen");
    }

    @Test
    void aMemberAsksAnotherToConnectAndTheyAreTold() {
        web.post()
                .uri(CONNECTIONS)
                .header(HttpHeaders.AUTHORIZATION, anna.bearer())
                .bodyValue(Map.of("memberId", bram.id(), "message", "Shall we talk about bread?"))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectHeader()
                .value(HttpHeaders.LOCATION, location -> assertThat(location).startsWith(CONNECTIONS + "/"))
                .expectBody()
                .jsonPath("$.id")
                .isNotEmpty()
                .jsonPath("$.state")
                .isEqualTo("PENDING")
                .jsonPath("$.direction")
                .isEqualTo("OUTGOING")
                .jsonPath("$.member.id")
                .isEqualTo(bram.id().toString())
                .jsonPath("$.member.displayName")
                .isEqualTo("Bram Jansen")
                .jsonPath("$.member.staff")
                .isEqualTo(false)
                .jsonPath("$.message")
                .isEqualTo("Shall we talk about bread?");
        UUID id = onlyConnectionOf(anna);

        web.get()
                .uri("/api/branches/utrecht/notifications")
                .header(HttpHeaders.AUTHORIZATION, bram.bearer())
                .exchange()
                .expectBody()
                .jsonPath("$.total")
                .isEqualTo(1)
                .jsonPath("$.items[0].type")
                .isEqualTo("CONNECTION_REQUEST")
                .jsonPath("$.items[0].subjectId")
                .isEqualTo(id.toString());
        web.get()
                .uri(CONNECTIONS + "/{id}", id)
                .header(HttpHeaders.AUTHORIZATION, bram.bearer())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.direction")
                .isEqualTo("INCOMING")
                .jsonPath("$.member.displayName")
                .isEqualTo("Anna de Vries");
    }

    @Test
    void aSecondRequestEitherWayAnswersTheExistingOne() {
        UUID id = request(anna, bram, 201);

        assertThat(request(anna, bram, 200)).isEqualTo(id);
        assertThat(request(bram, anna, 200)).isEqualTo(id);
        assertThat(list(anna, "").get("total")).isEqualTo(1);
        assertThat(countNotifications(bram)).isEqualTo(1);
        assertThat(countNotifications(anna)).isZero();
    }

    @Test
    void requestsSentBothWaysAtOnceMakeOneConnection() {
        Flux.range(0, 8)
                .parallel(8)
                .runOn(Schedulers.boundedElastic())
                .map(i -> i % 2 == 0 ? status(anna, bram) : status(bram, anna))
                .sequential()
                .collectList()
                .block(Duration.ofSeconds(30));

        assertThat(db.sql(
                                "SELECT count(*) FROM connections WHERE requester_id = ANY(:pair) OR addressee_id = ANY(:pair)")
                        .bind("pair", new UUID[] {anna.id(), bram.id()})
                        .map(row -> row.get(0, Long.class))
                        .one()
                        .block(Duration.ofSeconds(5)))
                .isEqualTo(1);
    }

    @Test
    void nobodyConnectsWithThemselves() {
        web.post()
                .uri(CONNECTIONS)
                .header(HttpHeaders.AUTHORIZATION, anna.bearer())
                .bodyValue(Map.of("memberId", anna.id()))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .value(String.class, detail -> assertThat(detail).contains("yourself"));
    }

    @Test
    void aMemberThisBranchDoesNotKnowCannotBeAsked() {
        UUID stranger = UUID.randomUUID();
        expectProblem(anna, Map.of("memberId", stranger), 404, "knows no member " + stranger);
    }

    @Test
    void anErasedMemberCannotBeAsked() {
        TestMember gone = known(TestIdentity.memberOf("utrecht"), "Gone Soon");
        db.sql("UPDATE members SET erased = true, display_name = '' WHERE id = :id")
                .bind("id", gone.id())
                .then()
                .block(Duration.ofSeconds(5));

        expectProblem(anna, Map.of("memberId", gone.id()), 404, "knows no member");
    }

    @Test
    void aRequestNamesTheMemberAndKeepsItsNoteShort() {
        expectProblem(anna, Map.of(), 400, "memberId: name the member to connect with");
        expectProblem(
                anna,
                Map.of("memberId", bram.id(), "message", "x".repeat(501)),
                400,
                "message: may be at most 500 characters");
    }

    @Test
    void onlyMembersOfThisBranchSendRequestsHere() {
        web.post()
                .uri(CONNECTIONS)
                .header(
                        HttpHeaders.AUTHORIZATION,
                        known(TestIdentity.memberOf("groningen"), "Gerrit").bearer())
                .bodyValue(Map.of("memberId", bram.id()))
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void aMemberOfAnotherBranchKnownHereIsAskedAndAccepts() {
        TestMember gerrit = known(TestIdentity.memberOf("groningen"), "Gerrit Mulder");
        UUID id = request(anna, gerrit, 201);

        decide(gerrit, id, "accept")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.state")
                .isEqualTo("ACCEPTED")
                .jsonPath("$.decidedAt")
                .isNotEmpty()
                .jsonPath("$.member.displayName")
                .isEqualTo("Anna de Vries");

        web.get()
                .uri("/api/branches/utrecht/notifications")
                .header(HttpHeaders.AUTHORIZATION, anna.bearer())
                .exchange()
                .expectBody()
                .jsonPath("$.items[0].type")
                .isEqualTo("CONNECTION_ACCEPTED")
                .jsonPath("$.items[0].subjectId")
                .isEqualTo(id.toString());
        assertThat(activities("CONNECTION_MADE", id)).isEqualTo(1);
    }

    @Test
    void onlyTheMemberAskedDecides() {
        UUID id = request(anna, bram, 201);
        TestMember carla = known(TestIdentity.memberOf("utrecht"), "Carla");

        for (TestMember notAsked : List.of(anna, carla, TestIdentity.staffOf("utrecht"))) {
            for (String action : List.of("accept", "decline")) {
                decide(notAsked, id, action)
                        .expectStatus()
                        .isForbidden()
                        .expectBody()
                        .jsonPath("$.detail")
                        .isEqualTo("Only the member who was asked can " + action + " this request.");
            }
        }
        assertThat(list(bram, "").get("items").toString()).contains("PENDING");
    }

    @Test
    void acceptingTwiceConnectsOnceAndTellsOnce() {
        UUID id = request(anna, bram, 201);

        decide(bram, id, "accept").expectStatus().isOk();
        decide(bram, id, "accept")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.state")
                .isEqualTo("ACCEPTED");

        assertThat(countNotifications(anna)).isEqualTo(1);
        assertThat(activities("CONNECTION_MADE", id)).isEqualTo(1);
        decide(bram, id, "decline")
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.detail")
                .value(String.class, detail -> assertThat(detail).contains("already connected"));
    }

    @Test
    void aDeclinedRequestLeavesTheListsAndTheAddresseeMayStillAcceptIt() {
        UUID id = request(anna, bram, 201);

        decide(bram, id, "decline")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.state")
                .isEqualTo("DECLINED");
        decide(bram, id, "decline").expectStatus().isOk();

        assertThat(countNotifications(anna)).isZero();
        assertThat(list(anna, "").get("total")).isEqualTo(0);
        assertThat(list(bram, "?state=declined").get("total")).isEqualTo(1);
        assertThat(request(anna, bram, 200)).isEqualTo(id);

        decide(bram, id, "accept")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.state")
                .isEqualTo("ACCEPTED");
        assertThat(activities("CONNECTION_MADE", id)).isEqualTo(1);
    }

    @Test
    void theListHoldsMyConnectionsAndRequestsBothWaysNewestFirstAndNobodyElses() {
        TestMember carla = known(TestIdentity.memberOf("utrecht"), "Carla Smit");
        TestMember dirk = known(TestIdentity.memberOf("utrecht"), "Dirk Bos");
        UUID toBram = request(anna, bram, 201);
        UUID fromCarla = request(carla, anna, 201);
        UUID toDirk = request(anna, dirk, 201);
        decide(dirk, toDirk, "accept").expectStatus().isOk();
        request(bram, carla, 201);

        Map<String, Object> all = list(anna, "");
        assertThat(all.get("total")).isEqualTo(3);
        assertThat(ids(all)).containsExactly(toDirk.toString(), fromCarla.toString(), toBram.toString());
        assertThat(ids(list(anna, "?state=ACCEPTED"))).containsExactly(toDirk.toString());
        assertThat(ids(list(anna, "?state=PENDING&direction=INCOMING"))).containsExactly(fromCarla.toString());
        assertThat(ids(list(anna, "?direction=OUTGOING&size=1&page=1"))).containsExactly(toBram.toString());
        web.get()
                .uri(CONNECTIONS + "/{id}", toBram)
                .header(HttpHeaders.AUTHORIZATION, carla.bearer())
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void aFilterThatIsNoStateIsAProblem() {
        web.get()
                .uri(CONNECTIONS + "?state=FRIENDS")
                .header(HttpHeaders.AUTHORIZATION, anna.bearer())
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.detail")
                .value(String.class, detail -> assertThat(detail).contains("state must be one of"));
    }

    @Test
    void unknownConnectionsAreNotFound() {
        UUID unknown = UUID.randomUUID();
        decide(bram, unknown, "accept").expectStatus().isNotFound();
        decide(bram, unknown, "decline").expectStatus().isNotFound();
        web.get()
                .uri(CONNECTIONS + "/{id}", unknown)
                .header(HttpHeaders.AUTHORIZATION, bram.bearer())
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void anErasedMemberShowsAsFormerMemberInTheConnection() {
        UUID id = request(anna, bram, 201);
        decide(bram, id, "accept").expectStatus().isOk();

        kafka.send(erasure(bram.id())).join();

        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> web.get()
                        .uri(CONNECTIONS + "/{id}", id)
                        .header(HttpHeaders.AUTHORIZATION, anna.bearer())
                        .exchange()
                        .expectBody()
                        .jsonPath("$.member.displayName")
                        .isEqualTo("former member")
                        .jsonPath("$.member.id")
                        .isEqualTo(bram.id().toString())
                        .jsonPath("$.state")
                        .isEqualTo("ACCEPTED"));
    }

    @Test
    void theExportHoldsTheMembersConnectionsEitherWayRound() {
        UUID id = request(anna, bram, 201);
        decide(bram, id, "decline").expectStatus().isOk();

        web.get()
                .uri("/api/branches/utrecht/members/me/export")
                .header(HttpHeaders.AUTHORIZATION, bram.bearer())
                .exchange()
                .expectBody()
                .jsonPath("$.items.connections.length()")
                .isEqualTo(1)
                .jsonPath("$.items.connections[0].id")
                .isEqualTo(id.toString())
                .jsonPath("$.items.connections[0].direction")
                .isEqualTo("INCOMING")
                .jsonPath("$.items.connections[0].otherMemberId")
                .isEqualTo(anna.id().toString())
                .jsonPath("$.items.connections[0].state")
                .isEqualTo("DECLINED");
    }

    private UUID request(TestMember from, TestMember to, int status) {
        Map<String, Object> body = web.post()
                .uri(CONNECTIONS)
                .header(HttpHeaders.AUTHORIZATION, from.bearer())
                .bodyValue(Map.of("memberId", to.id()))
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        return UUID.fromString((String) body.get("id"));
    }

    private int status(TestMember from, TestMember to) {
        return web.post()
                .uri(CONNECTIONS)
                .header(HttpHeaders.AUTHORIZATION, from.bearer())
                .bodyValue(Map.of("memberId", to.id()))
                .exchange()
                .returnResult(String.class)
                .getStatus()
                .value();
    }

    private WebTestClient.ResponseSpec decide(TestMember member, UUID id, String action) {
        return web.post()
                .uri(CONNECTIONS + "/{id}/" + action, id)
                .header(HttpHeaders.AUTHORIZATION, member.bearer())
                .exchange();
    }

    private void expectProblem(TestMember member, Map<String, Object> body, int status, String detail) {
        BranchResponses.expectProblem(
                web.post()
                        .uri(CONNECTIONS)
                        .header(HttpHeaders.AUTHORIZATION, member.bearer())
                        .bodyValue(body)
                        .exchange(),
                status,
                detail);
    }

    private Map<String, Object> list(TestMember member, String query) {
        return BranchResponses.page(web, member, CONNECTIONS + query);
    }

    private UUID onlyConnectionOf(TestMember member) {
        List<Object> ids = ids(list(member, ""));
        assertThat(ids).hasSize(1);
        return UUID.fromString((String) ids.get(0));
    }

    private long countNotifications(TestMember member) {
        return db.sql("SELECT count(*) FROM notifications WHERE member_id = :member")
                .bind("member", member.id())
                .map(row -> row.get(0, Long.class))
                .one()
                .block(Duration.ofSeconds(5));
    }

    private long activities(String type, UUID subject) {
        return BranchTestData.activities(db, type, subject);
    }

    private TestMember known(TestMember member, String displayName) {
        return BranchTestData.known(db, member, displayName, false);
    }
}
