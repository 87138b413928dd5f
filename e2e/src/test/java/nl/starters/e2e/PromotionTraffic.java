package nl.starters.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.IntStream;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import nl.starters.servicedefaults.testing.security.TestMember;

/**
 * What the outage tests do to the promotion rig over HTTP, as a member of utrecht who asks, staff of
 * utrecht who promote and a member of groningen who answers nationally — four clients at a time.
 */
final class PromotionTraffic implements AutoCloseable {

    final TestMember asker = TestIdentity.memberOf(PromotionRig.BRANCH);
    private final TestMember staff = TestIdentity.staffOf(PromotionRig.BRANCH);
    private final TestMember elsewhere = TestIdentity.memberOf("groningen");
    private final ExecutorService clients = Executors.newFixedThreadPool(4);
    private final PromotionRig rig;

    PromotionTraffic(PromotionRig rig) {
        this.rig = rig;
    }

    /** {@code count} questions of the asker with consent to share, all with this tag; their ids. */
    List<String> askConsented(String tag, int count) {
        return inParallel(IntStream.range(0, count).boxed().toList(), n -> {
            Reply asked = rig.branch(asker)
                    .post(
                            "/api/branches/utrecht/questions",
                            Map.of(
                                    "title",
                                    "Vraag " + n + " over " + tag,
                                    "body",
                                    "Wie weet hier meer van?",
                                    "tags",
                                    List.of(tag),
                                    "shareBeyondRegion",
                                    true));
            assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
            return asked.json().path("id").asString();
        });
    }

    /** Staff promote each question (200 each: the local write and its outbox event need no broker). */
    void promote(List<String> questions) {
        inParallel(questions, id -> {
            Reply promoted = rig.branch(staff).post("/api/branches/utrecht/questions/" + id + "/promote", Map.of());
            assertThat(promoted.status()).as(promoted.toString()).isEqualTo(200);
            return id;
        });
    }

    /** A national answer by the member of groningen to each question: question id → answer id. */
    Map<String, String> answerFromElsewhere(List<String> questions) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String question : questions) {
            Reply answered = rig.national(elsewhere)
                    .post("/api/national/questions/" + question + "/answers", Map.of("body", "Vraag het de KvK."));
            assertThat(answered.status()).as(answered.toString()).isEqualTo(201);
            answers.put(question, answered.json().path("id").asString());
        }
        return answers;
    }

    /** The ids the national forum lists under this tag, page by page, each as often as it is listed. */
    List<String> listedNationally(String tag, int expected) {
        List<String> listed = new ArrayList<>();
        for (int page = 0; page * 100 < expected; page++) {
            Reply list = rig.national(elsewhere).get("/api/national/questions?size=100&page=" + page + "&tag=" + tag);
            assertThat(list.status()).as(list.toString()).isEqualTo(200);
            assertThat(list.json().path("total").asLong()).as(list.toString()).isEqualTo(expected);
            list.items().forEach(item -> listed.add(item.path("id").asString()));
        }
        return listed;
    }

    /** The ids of the answers from other regions the asker sees under their question at home. */
    List<String> nationalAnswersAtHome(String question) {
        Reply home = rig.branch(asker).get("/api/branches/utrecht/questions/" + question);
        assertThat(home.status()).as(home.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        home.json()
                .path("nationalAnswers")
                .forEach(answer -> ids.add(answer.path("id").asString()));
        return ids;
    }

    private <T, R> List<R> inParallel(List<T> items, Function<T, R> task) {
        List<CompletableFuture<R>> calls = items.stream()
                .map(item -> CompletableFuture.supplyAsync(() -> task.apply(item), clients))
                .toList();
        return calls.stream().map(CompletableFuture::join).toList();
    }

    @Override
    public void close() {
        clients.shutdownNow();
    }
}
