package nl.starters.branch.meetups;

import static nl.starters.branch.testing.BranchResponses.ids;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.starters.branch.testing.BranchResponses;
import nl.starters.branch.testing.BranchTestData;
import nl.starters.servicedefaults.testing.ServiceIntegrationTest;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import nl.starters.servicedefaults.testing.security.TestMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Organising, changing and reading meetups; RSVPs have their own tests. */
@ServiceIntegrationTest
class MeetupIntegrationTests {

    static final String MEETUPS = "/api/branches/utrecht/meetups";
    static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient db;

    final TestMember staff = TestIdentity.staffOf("utrecht");
    final TestMember member = TestIdentity.memberOf("utrecht");
    final Instant nextWeek = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void peopleThisBranchKnows() {
        known(staff, "Sanne Bank", true);
        known(member, "Anna de Vries", false);
    }

    @Test
    void staffOrganiseAMeetupWithItsDescriptionRenderedSafely() {
        Map<String, Object> request = meetup("Bakers' breakfast", 12);
        request.put("description", "Bring **bread** <img src=x onerror=alert(1)>");

        web.post()
                .uri(MEETUPS)
                .header(HttpHeaders.AUTHORIZATION, staff.bearer())
                .bodyValue(request)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectHeader()
                .value(HttpHeaders.LOCATION, location -> assertThat(location).startsWith(MEETUPS + "/"))
                .expectBody()
                .jsonPath("$.id")
                .isNotEmpty()
                .jsonPath("$.title")
                .isEqualTo("Bakers' breakfast")
                .jsonPath("$.description")
                .isEqualTo("Bring **bread** <img src=x onerror=alert(1)>")
                .jsonPath("$.descriptionHtml")
                .value(
                        String.class,
                        html -> assertThat(html)
                                .contains("<strong>bread</strong>")
                                .doesNotContain("<img")
                                .doesNotContain("onerror="))
                .jsonPath("$.startsAt")
                .isEqualTo(nextWeek.toString())
                .jsonPath("$.place")
                .isEqualTo("Neude 11, Utrecht")
                .jsonPath("$.capacity")
                .isEqualTo(12)
                .jsonPath("$.attending")
                .isEqualTo(0)
                .jsonPath("$.waitingList")
                .isEqualTo(0)
                .jsonPath("$.myRsvp")
                .isEmpty()
                .jsonPath("$.organiser.displayName")
                .isEqualTo("Sanne Bank")
                .jsonPath("$.organiser.staff")
                .isEqualTo(true);
    }

    @Test
    void membersReadTheRenderedDescriptionButNotItsSource() {
        UUID id = organise(meetup("Open office", 5));

        for (TestMember reader :
                List.of(member, TestIdentity.memberOf("groningen"), TestIdentity.staffOf("groningen"))) {
            read(reader, id)
                    .jsonPath("$.description")
                    .doesNotExist()
                    .jsonPath("$.descriptionHtml")
                    .isNotEmpty();
        }
        read(TestIdentity.staffOf("utrecht"), id).jsonPath("$.description").isEqualTo("Coffee and *questions*");
    }

    @Test
    void onlyStaffOfThisBranchOrganiseAndChangeMeetups() {
        UUID id = organise(meetup("Staff only", 5));
        for (TestMember notStaffHere : List.of(
                member,
                TestIdentity.memberOf("groningen"),
                TestIdentity.staffOf("groningen"),
                TestIdentity.coordinator(),
                TestIdentity.admin())) {
            web.post()
                    .uri(MEETUPS)
                    .header(HttpHeaders.AUTHORIZATION, notStaffHere.bearer())
                    .bodyValue(meetup("Not mine to organise", 5))
                    .exchange()
                    .expectStatus()
                    .isForbidden();
            change(notStaffHere, id, meetup("Not mine to change", 5))
                    .expectStatus()
                    .isForbidden();
        }
        web.post()
                .uri(MEETUPS)
                .bodyValue(meetup("Anonymous", 5))
                .exchange()
                .expectStatus()
                .isUnauthorized();
        read(member, id).jsonPath("$.title").isEqualTo("Staff only");
    }

    @Test
    void aMeetupNeedsAFutureTimeAPlaceAndACapacityFromOneToAThousand() {
        expectProblem(Map.of("startsAt", Instant.now().minusSeconds(60).toString()), "startsAt: must be in the future");
        expectProblem(Map.of("capacity", 0), "capacity: must be at least 1");
        expectProblem(Map.of("capacity", 1001), "capacity: may be at most 1000");
        expectProblem(Map.of("title", "ab"), "title: must be 3 to 200 characters");
        expectProblem(Map.of("description", "x".repeat(20_001)), "description: may be at most 20000 characters");
        expectProblem(Map.of("place", " "), "place: must not be blank");
        web.post()
                .uri(MEETUPS)
                .header(HttpHeaders.AUTHORIZATION, staff.bearer())
                .bodyValue(Map.of())
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.detail")
                .value(
                        String.class,
                        detail -> assertThat(detail)
                                .contains("capacity: must be given")
                                .contains("description: must not be blank")
                                .contains("place: must not be blank")
                                .contains("startsAt: must be given")
                                .contains("title: must not be blank"));
    }

    @Test
    void upcomingMeetupsComeSoonestFirstAndPastOnesMostRecentFirst() {
        UUID later = organise(meetupAt("Later", nextWeek.plus(Duration.ofDays(2))));
        UUID sooner = organise(meetupAt("Sooner", nextWeek.plus(Duration.ofDays(1))));
        UUID longAgo = pastMeetup("Long ago", Duration.ofDays(20));
        UUID recently = pastMeetup("Recently", Duration.ofDays(1));

        List<Object> upcoming = ids(list("?size=100"));
        assertThat(upcoming).doesNotContain(longAgo.toString(), recently.toString());
        assertThat(upcoming.indexOf(sooner.toString())).isLessThan(upcoming.indexOf(later.toString()));
        List<Object> past = ids(list("?past=true&size=100"));
        assertThat(past).doesNotContain(sooner.toString(), later.toString());
        assertThat(past.indexOf(recently.toString())).isLessThan(past.indexOf(longAgo.toString()));
    }

    @Test
    void aChangeTellsEveryoneGoingOrWaitingWhatChanged() {
        UUID id = organise(meetup("Pitch night", 1));
        TestMember waiting = TestIdentity.memberOf("utrecht");
        TestMember bystander = TestIdentity.memberOf("utrecht");
        rsvp(member, id);
        rsvp(waiting, id);
        TestMember colleague = TestIdentity.staffOf("utrecht");

        Map<String, Object> changed = meetup("Pitch night", 1);
        changed.put("startsAt", nextWeek.plus(Duration.ofHours(2)).toString());
        changed.put("place", "Stadhuisbrug 1, Utrecht");
        change(colleague, id, changed)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.place")
                .isEqualTo("Stadhuisbrug 1, Utrecht")
                .jsonPath("$.editedAt")
                .isNotEmpty()
                .jsonPath("$.organiser.id")
                .isEqualTo(staff.id().toString());

        for (TestMember told : List.of(member, waiting)) {
            assertThat(notifications(told)).containsExactly("The meetup \"Pitch night\" changed: time, place.");
        }
        assertThat(notifications(bystander)).isEmpty();

        change(colleague, id, changed).expectStatus().isOk();
        assertThat(notifications(member)).hasSize(1);
    }

    @Test
    void moreRoomLetsTheFirstWaitingInAndLessThanWhoIsGoingIsRefused() {
        UUID id = organise(meetup("Growing", 1));
        TestMember first = TestIdentity.memberOf("utrecht");
        TestMember second = TestIdentity.memberOf("utrecht");
        TestMember third = TestIdentity.memberOf("utrecht");
        for (TestMember each : List.of(first, second, third)) {
            rsvp(each, id);
        }

        change(staff, id, meetup("Growing", 2))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.attending")
                .isEqualTo(2)
                .jsonPath("$.waitingList")
                .isEqualTo(1);
        read(second, id).jsonPath("$.myRsvp").isEqualTo("GOING");
        read(third, id).jsonPath("$.myRsvp").isEqualTo("WAITING");
        assertThat(notifications(second)).contains("A place came free: you are now going to \"Growing\".");

        change(staff, id, meetup("Growing", 1))
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("2 members are already going; the capacity cannot be less than that.");
        read(member, id).jsonPath("$.capacity").isEqualTo(2);
    }

    @Test
    void unknownMeetupsAreNotFound() {
        UUID unknown = UUID.randomUUID();
        web.get()
                .uri(MEETUPS + "/{id}", unknown)
                .header(HttpHeaders.AUTHORIZATION, member.bearer())
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        change(staff, unknown, meetup("Nowhere", 5)).expectStatus().isNotFound();
    }

    @Test
    void anErasedOrganiserShowsAsFormerMember() {
        TestMember leaving = TestIdentity.staffOf("utrecht");
        known(leaving, "Leaving Soon", true);
        UUID id = organise(leaving, meetup("Outlives its organiser", 5));
        db.sql("UPDATE members SET erased = true, display_name = '', staff = false WHERE id = :id")
                .bind("id", leaving.id())
                .then()
                .block(Duration.ofSeconds(5));

        read(member, id)
                .jsonPath("$.organiser.displayName")
                .isEqualTo("former member")
                .jsonPath("$.organiser.staff")
                .isEqualTo(false)
                .jsonPath("$.title")
                .isEqualTo("Outlives its organiser");
    }

    @Test
    void theExportHoldsTheMeetupsAMemberOrganised() {
        UUID id = organise(meetup("Exported meetup", 5));

        web.get()
                .uri("/api/branches/utrecht/members/me/export")
                .header(HttpHeaders.AUTHORIZATION, staff.bearer())
                .exchange()
                .expectBody()
                .jsonPath("$.items.meetups.length()")
                .isEqualTo(1)
                .jsonPath("$.items.meetups[0].id")
                .isEqualTo(id.toString())
                .jsonPath("$.items.meetups[0].description")
                .isEqualTo("Coffee and *questions*")
                .jsonPath("$.items.rsvps")
                .isEmpty();
    }

    private Map<String, Object> meetup(String title, int capacity) {
        Map<String, Object> meetup = meetupAt(title, nextWeek);
        meetup.put("capacity", capacity);
        return meetup;
    }

    private Map<String, Object> meetupAt(String title, Instant startsAt) {
        Map<String, Object> meetup = new HashMap<>();
        meetup.put("title", title);
        meetup.put("description", "Coffee and *questions*");
        meetup.put("startsAt", startsAt.toString());
        meetup.put("place", "Neude 11, Utrecht");
        meetup.put("capacity", 20);
        return meetup;
    }

    private UUID organise(Map<String, Object> request) {
        return organise(staff, request);
    }

    private UUID organise(TestMember organiser, Map<String, Object> request) {
        Map<String, Object> created = web.post()
                .uri(MEETUPS)
                .header(HttpHeaders.AUTHORIZATION, organiser.bearer())
                .bodyValue(request)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        return UUID.fromString((String) created.get("id"));
    }

    private UUID pastMeetup(String title, Duration ago) {
        UUID id = UUID.randomUUID();
        db.sql("""
                        INSERT INTO meetups (id, organiser_id, title, description, starts_at, place, capacity, created_at)
                        VALUES (:id, :organiser, :title, 'text', :starts, 'Utrecht', 10, :starts)""")
                .bind("id", id)
                .bind("organiser", staff.id())
                .bind("title", title)
                .bind("starts", Instant.now().minus(ago))
                .then()
                .block(Duration.ofSeconds(5));
        return id;
    }

    private WebTestClient.ResponseSpec change(TestMember editor, UUID id, Map<String, Object> request) {
        return web.put()
                .uri(MEETUPS + "/{id}", id)
                .header(HttpHeaders.AUTHORIZATION, editor.bearer())
                .bodyValue(request)
                .exchange();
    }

    private void rsvp(TestMember member, UUID id) {
        web.post()
                .uri(MEETUPS + "/{id}/rsvp", id)
                .header(HttpHeaders.AUTHORIZATION, member.bearer())
                .exchange()
                .expectStatus()
                .isCreated();
    }

    private void expectProblem(Map<String, Object> changes, String detail) {
        Map<String, Object> request = meetup("A valid meetup", 10);
        request.putAll(changes);
        BranchResponses.expectProblem(
                web.post()
                        .uri(MEETUPS)
                        .header(HttpHeaders.AUTHORIZATION, staff.bearer())
                        .bodyValue(request)
                        .exchange(),
                400,
                detail);
    }

    private WebTestClient.BodyContentSpec read(TestMember reader, UUID id) {
        return BranchResponses.read(web, reader, MEETUPS + "/{id}", id);
    }

    private Map<String, Object> list(String query) {
        return BranchResponses.page(web, member, MEETUPS + query);
    }

    private List<String> notifications(TestMember member) {
        return BranchTestData.notifications(db, member, "MEETUP_CHANGED");
    }

    private void known(TestMember member, String displayName, boolean isStaff) {
        BranchTestData.known(db, member, displayName, isStaff);
    }
}
