package nl.starters.branch.listings;

import static nl.starters.branch.testing.BranchResponses.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.starters.branch.moderation.ContentRef;
import nl.starters.branch.moderation.ModeratedContent;
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

@ServiceIntegrationTest
class ListingIntegrationTests {

    static final String LISTINGS = "/api/branches/utrecht/listings";
    static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient db;

    @Autowired
    List<ModeratedContent> moderated;

    final TestMember anna = TestIdentity.memberOf("utrecht");
    final TestMember bram = TestIdentity.memberOf("utrecht");
    /** Every test posts in a sector of its own, so the board's other listings (other tests') stay out. */
    final String sector = "Bakery-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void membersThisBranchKnows() {
        known(anna, "Anna de Vries");
        known(bram, "Bram Jansen");
    }

    @Test
    void aMemberPostsAnOfferRenderedSafelyForThirtyDays() {
        Map<String, Object> listing = web.post()
                .uri(LISTINGS)
                .header(HttpHeaders.AUTHORIZATION, anna.bearer())
                .bodyValue(listing("OFFER", "Fresh sourdough for cafés", "**Daily** <script>alert(1)</script>"))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectHeader()
                .value(HttpHeaders.LOCATION, location -> assertThat(location).startsWith(LISTINGS + "/"))
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();

        assertThat(listing)
                .containsEntry("type", "OFFER")
                .containsEntry("title", "Fresh sourdough for cafés")
                .containsEntry("body", "**Daily** <script>alert(1)</script>")
                .containsEntry("sector", sector)
                .containsEntry("expired", false);
        assertThat((String) listing.get("bodyHtml"))
                .contains("<strong>Daily</strong>")
                .doesNotContain("<script");
        assertThat(Instant.parse((String) listing.get("expiresAt")))
                .isCloseTo(Instant.now().plus(Duration.ofDays(30)), within(1, ChronoUnit.MINUTES));
        assertThat(listing.get("author"))
                .isEqualTo(Map.of("id", anna.id().toString(), "displayName", "Anna de Vries", "staff", false));
        assertThat(activities("LISTING_POSTED", (String) listing.get("id"))).isEqualTo(1);
    }

    @Test
    void onlyTheAuthorAndStaffGetTheSource() {
        UUID id = post(anna, "OFFER", "Bookkeeping help", null);

        read(bram, id).jsonPath("$.body").doesNotExist().jsonPath("$.bodyHtml").isNotEmpty();
        read(TestIdentity.memberOf("groningen"), id).jsonPath("$.body").doesNotExist();
        read(TestIdentity.staffOf("groningen"), id).jsonPath("$.body").doesNotExist();
        read(anna, id).jsonPath("$.body").isEqualTo("Some *Markdown* text");
        read(TestIdentity.staffOf("utrecht"), id).jsonPath("$.body").isEqualTo("Some *Markdown* text");
    }

    @Test
    void theBoardFiltersByTypeAndSectorNewestFirst() {
        UUID firstOffer = post(anna, "OFFER", "Ovens for rent", null);
        UUID request = post(bram, "request", "Looking for flour", null);
        UUID secondOffer = post(bram, "OFFER", "Delivery bike", null);
        post(anna, "OFFER", "Elsewhere", null, Map.of("sector", "Other " + sector));

        assertThat(ids(board("?sector=" + sector.toUpperCase())))
                .containsExactly(secondOffer.toString(), request.toString(), firstOffer.toString());
        Map<String, Object> offers = board("?type=offer&sector=" + sector + "&size=1&page=1");
        assertThat(ids(offers)).containsExactly(firstOffer.toString());
        assertThat(offers).containsEntry("total", 2).containsEntry("page", 1).containsEntry("size", 1);
        assertThat(ids(board("?type=REQUEST&sector=" + sector))).containsExactly(request.toString());
    }

    @Test
    void expiredListingsLeaveTheBoardButStayWithTheirAuthorAndLink() {
        UUID current = post(anna, "OFFER", "Still current", null);
        UUID expired = post(anna, "OFFER", "Long gone", null);
        db.sql("UPDATE listings SET expires_at = now() - interval '1 minute' WHERE id = :id")
                .bind("id", expired)
                .then()
                .block(Duration.ofSeconds(5));

        assertThat(ids(board("?sector=" + sector))).containsExactly(current.toString());
        assertThat(ids(board(anna, "?mine=true"))).containsExactly(expired.toString(), current.toString());
        assertThat(ids(board(bram, "?mine=true"))).isEmpty();
        read(bram, expired).jsonPath("$.expired").isEqualTo(true);
    }

    @Test
    void theExpiryIsInTheFutureAndAtMostAYearAhead() {
        post(
                anna,
                "OFFER",
                "Soon over",
                Instant.now().plus(Duration.ofDays(300)).toString());

        expectProblem(
                Map.of("expiresAt", Instant.now().minusSeconds(60).toString()),
                400,
                "expiresAt: must be in the future");
        expectProblem(
                Map.of("expiresAt", Instant.now().plus(Duration.ofDays(366)).toString()),
                400,
                "expiresAt: may be at most one year ahead");
    }

    @Test
    void aListingNeedsATypeATitleABodyAndASector() {
        expectProblem(Map.of("type", "GIFT"), 400, "type: must be OFFER or REQUEST");
        expectProblem(Map.of("title", "ab"), 400, "title: must be 3 to 200 characters");
        expectProblem(Map.of("title", "x".repeat(201)), 400, "title: must be 3 to 200 characters");
        expectProblem(Map.of("body", "x".repeat(20_001)), 400, "body: may be at most 20000 characters");
        expectProblem(Map.of("body", " "), 400, "body: must not be blank");
        expectProblem(Map.of("sector", "x".repeat(101)), 400, "sector: may be at most 100 characters");
        web.post()
                .uri(LISTINGS)
                .header(HttpHeaders.AUTHORIZATION, anna.bearer())
                .bodyValue(Map.of())
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.detail")
                .value(
                        String.class,
                        detail -> assertThat(detail)
                                .contains("type: must be OFFER or REQUEST")
                                .contains("title: must not be blank")
                                .contains("body: must not be blank")
                                .contains("sector: must not be blank"));
    }

    @Test
    void aFilterThatIsNoTypeIsAProblem() {
        web.get()
                .uri(LISTINGS + "?type=GIFT")
                .header(HttpHeaders.AUTHORIZATION, anna.bearer())
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.detail")
                .value(String.class, detail -> assertThat(detail).contains("type must be one of [OFFER, REQUEST]"));
    }

    @Test
    void aHiddenListingIsGoneForMembersButStaffStillReadIt() {
        UUID visible = post(anna, "OFFER", "Fine offer", null);
        UUID hidden = post(anna, "OFFER", "Flagged offer", null);
        db.sql("INSERT INTO moderation_states (subject_id, subject_kind, state, updated_at)"
                        + " VALUES (:id, 'LISTING', 'HIDDEN', now())")
                .bind("id", hidden)
                .then()
                .block(Duration.ofSeconds(5));

        assertThat(ids(board("?sector=" + sector))).containsExactly(visible.toString());
        assertThat(ids(board(anna, "?mine=true"))).containsExactly(visible.toString());
        for (TestMember member : List.of(anna, bram, TestIdentity.staffOf("groningen"))) {
            web.get()
                    .uri(LISTINGS + "/{id}", hidden)
                    .header(HttpHeaders.AUTHORIZATION, member.bearer())
                    .exchange()
                    .expectStatus()
                    .isNotFound();
        }
        read(TestIdentity.staffOf("utrecht"), hidden).jsonPath("$.title").isEqualTo("Flagged offer");
    }

    @Test
    void moderationFindsListingsByKindAndId() {
        UUID id = post(anna, "REQUEST", "A flaggable request", null);
        ModeratedContent listings = moderated.stream()
                .filter(content -> content.kinds().contains("LISTING"))
                .findFirst()
                .orElseThrow();

        assertThat(listings.find("LISTING", id).block(Duration.ofSeconds(5)))
                .isEqualTo(new ContentRef("LISTING", id, anna.id(), "A flaggable request"));
        assertThat(listings.find("LISTING", UUID.randomUUID()).block(Duration.ofSeconds(5)))
                .isNull();
        assertThat(listings.find("POST", id).block(Duration.ofSeconds(5))).isNull();
    }

    @Test
    void unknownListingsAreNotFound() {
        web.get()
                .uri(LISTINGS + "/{id}", UUID.randomUUID())
                .header(HttpHeaders.AUTHORIZATION, anna.bearer())
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void membersOfOtherBranchesReadTheBoardButPostAtHome() {
        post(anna, "OFFER", "Visible to all", null);
        TestMember gerrit = TestIdentity.memberOf("groningen");

        assertThat(ids(board(gerrit, "?sector=" + sector))).hasSize(1);
        web.post()
                .uri(LISTINGS)
                .header(HttpHeaders.AUTHORIZATION, gerrit.bearer())
                .bodyValue(listing("OFFER", "From afar", "text"))
                .exchange()
                .expectStatus()
                .isForbidden();
        web.get().uri(LISTINGS).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void anErasedAuthorShowsAsFormerMemberAndTheListingStays() {
        UUID id = post(bram, "OFFER", "Outlives its author", null);
        db.sql("UPDATE members SET erased = true, display_name = '' WHERE id = :id")
                .bind("id", bram.id())
                .then()
                .block(Duration.ofSeconds(5));

        read(anna, id)
                .jsonPath("$.author.displayName")
                .isEqualTo("former member")
                .jsonPath("$.author.id")
                .isEqualTo(bram.id().toString())
                .jsonPath("$.title")
                .isEqualTo("Outlives its author");
    }

    @Test
    void theExportHoldsTheMembersListingsExpiredOnesIncluded() {
        UUID id = post(anna, "REQUEST", "Need a van", null);
        db.sql("UPDATE listings SET expires_at = now() - interval '1 day' WHERE id = :id")
                .bind("id", id)
                .then()
                .block(Duration.ofSeconds(5));

        web.get()
                .uri("/api/branches/utrecht/members/me/export")
                .header(HttpHeaders.AUTHORIZATION, anna.bearer())
                .exchange()
                .expectBody()
                .jsonPath("$.items.listings.length()")
                .isEqualTo(1)
                .jsonPath("$.items.listings[0].id")
                .isEqualTo(id.toString())
                .jsonPath("$.items.listings[0].body")
                .isEqualTo("Some *Markdown* text")
                .jsonPath("$.items.listings[0].type")
                .isEqualTo("REQUEST");
    }

    private Map<String, Object> listing(String type, String title, String body) {
        Map<String, Object> listing = new HashMap<>();
        listing.put("type", type);
        listing.put("title", title);
        listing.put("body", body);
        listing.put("sector", sector);
        return listing;
    }

    private UUID post(TestMember author, String type, String title, String expiresAt) {
        return post(author, type, title, expiresAt, Map.of());
    }

    private UUID post(TestMember author, String type, String title, String expiresAt, Map<String, Object> changes) {
        Map<String, Object> body = listing(type, title, "Some *Markdown* text");
        if (expiresAt != null) {
            body.put("expiresAt", expiresAt);
        }
        body.putAll(changes);
        Map<String, Object> created = web.post()
                .uri(LISTINGS)
                .header(HttpHeaders.AUTHORIZATION, author.bearer())
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        return UUID.fromString((String) created.get("id"));
    }

    private void expectProblem(Map<String, Object> changes, int status, String detail) {
        Map<String, Object> body = listing("OFFER", "A valid title", "A valid body");
        body.putAll(changes);
        BranchResponses.expectProblem(
                web.post()
                        .uri(LISTINGS)
                        .header(HttpHeaders.AUTHORIZATION, anna.bearer())
                        .bodyValue(body)
                        .exchange(),
                status,
                detail);
    }

    private WebTestClient.BodyContentSpec read(TestMember member, UUID id) {
        return BranchResponses.read(web, member, LISTINGS + "/{id}", id);
    }

    private Map<String, Object> board(String query) {
        return board(anna, query);
    }

    private Map<String, Object> board(TestMember member, String query) {
        return BranchResponses.page(web, member, LISTINGS + query);
    }

    private long activities(String type, String subject) {
        return BranchTestData.activities(db, type, subject);
    }

    private void known(TestMember member, String displayName) {
        BranchTestData.known(db, member, displayName, false);
    }
}
