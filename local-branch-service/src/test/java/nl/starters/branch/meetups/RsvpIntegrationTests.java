package nl.starters.branch.meetups;

import static nl.starters.branch.testing.BranchTestData.erasure;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.starters.branch.testing.BranchResponses;
import nl.starters.branch.testing.BranchTestData;
import nl.starters.servicedefaults.testing.ServiceIntegrationTest;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import nl.starters.servicedefaults.testing.security.TestMember;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/** RSVPs: going up to the capacity, then a waiting list; never a double count, never over capacity. */
@ServiceIntegrationTest
class RsvpIntegrationTests {

    static final String MEETUPS = "/api/branches/utrecht/meetups";
    static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient db;

    @Autowired
    KafkaTemplate<String, String> kafka;

    final TestMember staff = TestIdentity.staffOf("utrecht");

    @Test
    void membersGoUpToTheCapacityThenWait() {
        UUID id = organise(2);
        List<TestMember> members = members(3);

        rsvp(members.get(0), id)
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.myRsvp")
                .isEqualTo("GOING");
        rsvp(members.get(1), id)
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.myRsvp")
                .isEqualTo("GOING");
        rsvp(members.get(2), id)
                .expectStatus()
                .isCreated()
                .expectHeader()
                .valueEquals(HttpHeaders.LOCATION, MEETUPS + "/" + id + "/rsvp")
                .expectBody()
                .jsonPath("$.myRsvp")
                .isEqualTo("WAITING")
                .jsonPath("$.attending")
                .isEqualTo(2)
                .jsonPath("$.waitingList")
                .isEqualTo(1);

        read(members.get(0), id).jsonPath("$.myRsvp").isEqualTo("GOING");
        read(TestIdentity.memberOf("utrecht"), id).jsonPath("$.myRsvp").isEmpty();
        assertThat(activities(id)).isEqualTo(3);
    }

    @Test
    void aSecondRsvpChangesNothing() {
        UUID id = organise(1);
        List<TestMember> members = members(2);
        rsvp(members.get(0), id).expectStatus().isCreated();
        rsvp(members.get(1), id).expectStatus().isCreated();

        rsvp(members.get(0), id)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.myRsvp")
                .isEqualTo("GOING")
                .jsonPath("$.attending")
                .isEqualTo(1)
                .jsonPath("$.waitingList")
                .isEqualTo(1);
        rsvp(members.get(1), id)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.myRsvp")
                .isEqualTo("WAITING");
        assertThat(activities(id)).isEqualTo(2);
    }

    @Test
    void manyMembersAtOnceNeverExceedTheCapacity() {
        UUID id = organise(5);
        List<TestMember> members = members(24);

        List<Integer> statuses = Flux.fromIterable(members)
                .parallel(members.size())
                .runOn(Schedulers.boundedElastic())
                .map(member -> status(member, id))
                .sequential()
                .collectList()
                .block(Duration.ofSeconds(60));

        assertThat(statuses).hasSize(24).containsOnly(201);
        assertThat(count(id, "GOING")).isEqualTo(5);
        assertThat(count(id, "WAITING")).isEqualTo(19);
        read(staff, id)
                .jsonPath("$.attending")
                .isEqualTo(5)
                .jsonPath("$.waitingList")
                .isEqualTo(19);
    }

    @Test
    void oneMemberAskingManyTimesAtOnceIsCountedOnce() {
        UUID id = organise(3);
        TestMember eager = members(1).get(0);

        List<Integer> statuses = Flux.range(0, 8)
                .parallel(8)
                .runOn(Schedulers.boundedElastic())
                .map(i -> status(eager, id))
                .sequential()
                .collectList()
                .block(Duration.ofSeconds(60));

        assertThat(statuses).containsOnly(200, 201).containsOnlyOnce(201);
        assertThat(count(id, "GOING")).isEqualTo(1);
        assertThat(activities(id)).isEqualTo(1);
    }

    @Test
    void whenSomeoneGoingCancelsTheFirstWaitingMovesUpAndIsTold() {
        UUID id = organise(1);
        List<TestMember> members = members(3);
        members.forEach(member -> rsvp(member, id).expectStatus().isCreated());

        cancel(members.get(0), id)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.myRsvp")
                .isEmpty()
                .jsonPath("$.attending")
                .isEqualTo(1)
                .jsonPath("$.waitingList")
                .isEqualTo(1);

        read(members.get(1), id).jsonPath("$.myRsvp").isEqualTo("GOING");
        read(members.get(2), id).jsonPath("$.myRsvp").isEqualTo("WAITING");
        assertThat(notifications(members.get(1)))
                .containsExactly("A place came free: you are now going to \"Meetup\".");
        assertThat(notifications(members.get(2))).isEmpty();
    }

    @Test
    void anErasedMemberGivesUpTheirPlaceAndTheFirstWaitingMovesUp() {
        UUID id = organise(1);
        List<TestMember> members = members(2);
        members.forEach(member -> rsvp(member, id).expectStatus().isCreated());

        kafka.send(erasure(members.get(0).id())).join();

        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> read(members.get(1), id)
                        .jsonPath("$.myRsvp")
                        .isEqualTo("GOING")
                        .jsonPath("$.attending")
                        .isEqualTo(1)
                        .jsonPath("$.waitingList")
                        .isEqualTo(0));
    }

    @Test
    void cancellingAPlaceInLineOrNothingMovesNobody() {
        UUID id = organise(1);
        List<TestMember> members = members(3);
        members.forEach(member -> rsvp(member, id).expectStatus().isCreated());

        cancel(members.get(1), id).expectStatus().isOk();
        cancel(members.get(1), id).expectStatus().isOk();
        cancel(TestIdentity.memberOf("utrecht"), id).expectStatus().isOk();

        assertThat(count(id, "GOING")).isEqualTo(1);
        assertThat(count(id, "WAITING")).isEqualTo(1);
        read(members.get(2), id).jsonPath("$.myRsvp").isEqualTo("WAITING");
        read(members.get(0), id).jsonPath("$.myRsvp").isEqualTo("GOING");
    }

    @Test
    void aMeetupThatStartedTakesNoMoreRsvps() {
        UUID id = organise(5);
        db.sql("UPDATE meetups SET starts_at = now() - interval '1 hour' WHERE id = :id")
                .bind("id", id)
                .then()
                .block(Duration.ofSeconds(5));

        rsvp(members(1).get(0), id)
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("This meetup has already started; it takes no more RSVPs.");
    }

    @Test
    void onlyMembersOfThisBranchRsvp() {
        UUID id = organise(5);
        for (TestMember elsewhere : List.of(TestIdentity.memberOf("groningen"), TestIdentity.staffOf("groningen"))) {
            rsvp(elsewhere, id).expectStatus().isForbidden();
            cancel(elsewhere, id).expectStatus().isForbidden();
        }
        web.post().uri(MEETUPS + "/{id}/rsvp", id).exchange().expectStatus().isUnauthorized();
        rsvp(staff, id).expectStatus().isCreated();
    }

    @Test
    void rsvpsToUnknownMeetupsAreNotFound() {
        UUID unknown = UUID.randomUUID();
        TestMember member = members(1).get(0);
        rsvp(member, unknown).expectStatus().isNotFound();
        cancel(member, unknown).expectStatus().isNotFound();
    }

    @Test
    void theExportHoldsTheMembersRsvps() {
        UUID id = organise(1);
        List<TestMember> members = members(2);
        members.forEach(member -> rsvp(member, id).expectStatus().isCreated());

        web.get()
                .uri("/api/branches/utrecht/members/me/export")
                .header(HttpHeaders.AUTHORIZATION, members.get(1).bearer())
                .exchange()
                .expectBody()
                .jsonPath("$.items.rsvps.length()")
                .isEqualTo(1)
                .jsonPath("$.items.rsvps[0].meetupId")
                .isEqualTo(id.toString())
                .jsonPath("$.items.rsvps[0].meetupTitle")
                .isEqualTo("Meetup")
                .jsonPath("$.items.rsvps[0].state")
                .isEqualTo("WAITING")
                .jsonPath("$.items.meetups")
                .isEmpty();
    }

    private UUID organise(int capacity) {
        Map<String, Object> created = web.post()
                .uri(MEETUPS)
                .header(HttpHeaders.AUTHORIZATION, staff.bearer())
                .bodyValue(Map.of(
                        "title", "Meetup",
                        "description", "Let's meet",
                        "startsAt", Instant.now().plus(Duration.ofDays(3)).toString(),
                        "place", "Utrecht",
                        "capacity", capacity))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        return UUID.fromString((String) created.get("id"));
    }

    private static List<TestMember> members(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> TestIdentity.memberOf("utrecht"))
                .toList();
    }

    private WebTestClient.ResponseSpec rsvp(TestMember member, UUID id) {
        return web.post()
                .uri(MEETUPS + "/{id}/rsvp", id)
                .header(HttpHeaders.AUTHORIZATION, member.bearer())
                .exchange();
    }

    private WebTestClient.ResponseSpec cancel(TestMember member, UUID id) {
        return web.delete()
                .uri(MEETUPS + "/{id}/rsvp", id)
                .header(HttpHeaders.AUTHORIZATION, member.bearer())
                .exchange();
    }

    private int status(TestMember member, UUID id) {
        return rsvp(member, id).returnResult(String.class).getStatus().value();
    }

    private WebTestClient.BodyContentSpec read(TestMember reader, UUID id) {
        return BranchResponses.read(web, reader, MEETUPS + "/{id}", id);
    }

    private long count(UUID meetup, String state) {
        return db.sql("SELECT count(*) FROM meetup_rsvps WHERE meetup_id = :meetup AND state = :state")
                .bind("meetup", meetup)
                .bind("state", state)
                .map(row -> row.get(0, Long.class))
                .one()
                .block(Duration.ofSeconds(5));
    }

    private long activities(UUID meetup) {
        return BranchTestData.activities(db, "MEETUP_RSVP", meetup);
    }

    private List<String> notifications(TestMember member) {
        return BranchTestData.notifications(db, member, "MEETUP_CHANGED");
    }
}
