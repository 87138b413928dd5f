package nl.starters.member.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.starters.member.testing.JsonBodies;
import nl.starters.member.testing.MemberServiceTest;
import nl.starters.member.testing.SignedIn;
import nl.starters.member.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

@MemberServiceTest
class DirectoryIntegrationTests {

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient db;

    TestAccounts accounts;
    SignedIn viewer;
    String sector;

    @BeforeEach
    void accounts() {
        accounts = new TestAccounts(web, db);
        viewer = accounts.member("utrecht");
        sector = "Sector" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void listsOnlyMembersWhoChoseToBeListed() {
        UUID listed = member("utrecht", "Lies Listed", true, null);
        member("utrecht", "Nina Notlisted", false, null);

        assertThat(search("q=" + sector)).extracting(entry -> entry.get("id")).containsExactly(listed.toString());
    }

    @Test
    void filtersByBranch() {
        UUID utrecht = member("utrecht", "Uma Utrecht", true, null);
        UUID groningen = member("groningen", "Gijs Groningen", true, null);

        assertThat(search("branch=groningen&q=" + sector))
                .extracting(entry -> entry.get("id"))
                .containsExactly(groningen.toString());
        assertThat(search("q=" + sector))
                .extracting(entry -> entry.get("id"))
                .containsExactlyInAnyOrder(utrecht.toString(), groningen.toString());
    }

    @Test
    void matchesDisplayNameSectorOffersWishesAndCityWithoutMindingCase() {
        SignedIn pim = signedInMember("eindhoven", "Pim Pottenbakker", true, null);
        UUID id = pim.id();
        String unique = sector.toLowerCase();
        assertThat(search("q=" + unique.toUpperCase()))
                .extracting(entry -> entry.get("id"))
                .contains(id.toString());
        assertThat(search("q=pottenBAKKER"))
                .extracting(entry -> entry.get("id"))
                .contains(id.toString());
        edit(pim, Map.of("offers", "Keramiek " + unique + "x", "city", "Veldhoven " + unique + "y"));
        assertThat(search("q=" + unique + "x"))
                .extracting(entry -> entry.get("id"))
                .containsExactly(id.toString());
        assertThat(search("q=" + unique + "y"))
                .extracting(entry -> entry.get("id"))
                .containsExactly(id.toString());
    }

    @Test
    void neverFindsAPseudonymousMemberByTheirRealName() {
        String secret = "Geheimenaam" + UUID.randomUUID().toString().substring(0, 6);
        UUID id = member("utrecht", secret, true, "Anoniem" + sector);

        assertThat(search("q=" + secret)).isEmpty();
        List<Map<String, Object>> found = search("q=Anoniem" + sector);
        assertThat(found).extracting(entry -> entry.get("id")).containsExactly(id.toString());
        assertThat(found.get(0)).doesNotContainKey("fullName");
    }

    @Test
    void pagesWithTheTotal() {
        for (int i = 0; i < 3; i++) {
            member("utrecht", "Member " + i, true, null);
        }
        web.get()
                .uri("/api/members?q=" + sector + "&page=1&size=2")
                .header(HttpHeaders.AUTHORIZATION, viewer.bearer())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items.length()")
                .isEqualTo(1)
                .jsonPath("$.page")
                .isEqualTo(1)
                .jsonPath("$.size")
                .isEqualTo(2)
                .jsonPath("$.total")
                .isEqualTo(3);
    }

    @Test
    void refusesAnUnknownBranchAndAnonymousReaders() {
        web.get()
                .uri("/api/members?branch=atlantis")
                .header(HttpHeaders.AUTHORIZATION, viewer.bearer())
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("branch: there is no branch 'atlantis'"));
        web.get().uri("/api/members").exchange().expectStatus().isUnauthorized().expectBody(Void.class);
        web.get()
                .uri("/api/members?size=1000")
                .header(HttpHeaders.AUTHORIZATION, viewer.bearer())
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody(Void.class);
    }

    private UUID member(String branch, String fullName, boolean listed, String pseudonym) {
        return signedInMember(branch, fullName, listed, pseudonym).id();
    }

    private SignedIn signedInMember(String branch, String fullName, boolean listed, String pseudonym) {
        Map<String, Object> registration = TestAccounts.registration(branch);
        registration.put("fullName", fullName);
        registration.put("listed", listed);
        if (pseudonym != null) {
            registration.put("visibility", "PSEUDONYM");
            registration.put("pseudonym", pseudonym);
        }
        SignedIn member = accounts.registerAndSignIn(registration);
        edit(member, Map.of("sector", sector));
        return member;
    }

    private void edit(SignedIn member, Map<String, Object> changes) {
        web.patch()
                .uri("/api/members/me")
                .header(HttpHeaders.AUTHORIZATION, member.bearer())
                .bodyValue(changes)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Void.class);
    }

    private List<Map<String, Object>> search(String query) {
        Map<String, Object> page = web.get()
                .uri("/api/members?" + query)
                .header(HttpHeaders.AUTHORIZATION, viewer.bearer())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonBodies.MAP)
                .returnResult()
                .getResponseBody();
        return JsonBodies.list(page.get("items"));
    }
}
