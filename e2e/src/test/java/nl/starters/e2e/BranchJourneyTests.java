package nl.starters.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

@Journey
class BranchJourneyTests {

    @Test
    void listsEveryBranchOfTheRegistryWithItsNameAndRegion(Gateway gateway) {
        Reply reply = gateway.get("/api/branches");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.items())
                .extracting(
                        branch -> branch.path("id").asString(),
                        branch -> branch.path("name").asString(),
                        branch -> branch.path("region").asString())
                .contains(
                        tuple("utrecht", "Utrecht", "Midden"),
                        tuple("groningen", "Groningen", "Noord"),
                        tuple("eindhoven", "Eindhoven", "Zuid"));
    }

    @Test
    void showsABranchsPublishedPostsToAnyoneAsAPage(Gateway gateway) {
        Reply reply = gateway.get("/api/branches/utrecht/posts");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("items").isArray()).as(reply.toString()).isTrue();
        assertThat(reply.json().path("page").isNumber()).as(reply.toString()).isTrue();
        assertThat(reply.json().path("size").isNumber()).as(reply.toString()).isTrue();
        assertThat(reply.json().path("total").isNumber()).as(reply.toString()).isTrue();
    }

    @Test
    void answersABranchThatDoesNotExistWithANotFoundProblem(Gateway gateway) {
        Reply reply = gateway.get("/api/branches/nope/posts");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().path("detail").asString()).isNotBlank();
    }
}
