package nl.starters.branch.questions;

import static nl.starters.branch.questions.QuestionFixtures.QUESTION;
import static nl.starters.branch.questions.QuestionFixtures.question;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.starters.servicedefaults.testing.ServiceIntegrationTest;
import nl.starters.servicedefaults.testing.security.TestIdentity;
import nl.starters.servicedefaults.testing.security.TestMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/** The "question changed" hook promotion will use: told of each edit, inside the edit's transaction. */
@ServiceIntegrationTest
@Import(QuestionChangeIntegrationTests.Recording.class)
class QuestionChangeIntegrationTests {

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient db;

    @Autowired
    Recording recording;

    QuestionFixtures fixtures;
    TestMember asker;

    @BeforeEach
    void fixtures() {
        fixtures = new QuestionFixtures(web, db);
        asker = fixtures.known(TestIdentity.memberOf("utrecht"));
        recording.changes.clear();
        recording.failing = false;
    }

    @Test
    void anEditTellsTheListenersWhatChanged() {
        UUID id = fixtures.ask(asker, "Voor de wijziging", "Oud.");
        fixtures.put(QUESTION, asker, question("Voor de wijziging", "Oud.", null, true), id);

        fixtures.put(QUESTION, asker, question("Na de wijziging", "Nieuw.", null, false), id)
                .expectStatus()
                .isOk();

        assertThat(recording.changes).hasSize(2);
        Question[] last = recording.changes.get(1);
        assertThat(last[0].title()).isEqualTo("Voor de wijziging");
        assertThat(last[0].shareBeyondRegion()).isTrue();
        assertThat(last[1].title()).isEqualTo("Na de wijziging");
        assertThat(last[1].shareBeyondRegion()).isFalse();
        assertThat(last[1].editedAt()).isNotNull();
    }

    @Test
    void aFailingListenerUndoesTheEdit() {
        UUID id = fixtures.ask(asker, "Blijft zoals het was", "Origineel.");
        recording.failing = true;

        fixtures.put(QUESTION, asker, question("Mag niet blijven", "Nieuw.", null, null), id)
                .expectStatus()
                .is5xxServerError();

        assertThat(fixtures.count(
                        "SELECT count(*) FROM questions WHERE id = :id AND title = 'Blijft zoals het was'"
                                + " AND edited_at IS NULL",
                        Map.of("id", id)))
                .isOne();
    }

    @Test
    void askingTellsNoListener() {
        fixtures.ask(asker, "Nieuwe vraag", "Geen wijziging.");

        assertThat(recording.changes).isEmpty();
    }

    /** A listener that keeps what it was told, and fails when asked to. */
    @TestConfiguration
    static class Recording {

        final List<Question[]> changes = new CopyOnWriteArrayList<>();
        volatile boolean failing;

        @Bean
        QuestionChangeListener recordingListener() {
            return (before, after) -> failing
                    ? Mono.error(new IllegalStateException("the copy elsewhere could not follow"))
                    : Mono.fromRunnable(() -> changes.add(new Question[] {before, after}));
        }
    }
}
