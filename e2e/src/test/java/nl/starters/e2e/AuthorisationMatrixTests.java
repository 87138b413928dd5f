package nl.starters.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import nl.starters.launcher.Federation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every endpoint × every kind of caller → the status the rules promise, through the gateway. The
 * rows live in {@code authorisation-matrix.txt}; a documented operation without a row fails the run,
 * so the table grows with every endpoint. Writes send an empty JSON object: a caller who gets past
 * authorisation meets validation (400) or a missing resource (404), one who does not gets 401/403.
 */
@Journey
class AuthorisationMatrixTests {

    private static final String MATRIX = "/authorisation-matrix.txt";
    private static final String FRESH = "fresh";

    @Test
    void hasARowForEveryDocumentedOperationAndNoRowForAnUndocumentedOne(Federation federation) {
        Set<String> documented = OpenApiRoutes.of(federation);
        Set<String> rows = new TreeSet<>();
        rows().forEach(row -> rows.add(OpenApiRoutes.key(row.method(), row.path())));

        assertThat(documented)
                .as("operations in the services' OpenAPI without a matrix row")
                .isSubsetOf(rows);
        assertThat(rows.stream()
                        .filter(row -> !documented.contains(row)
                                && !row.contains("/api/auth/")
                                && !row.contains("/.well-known/")))
                .as("matrix rows for operations nobody documents")
                .isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> answersEveryCallerAsTheRulesSay(Gateway gateway) {
        Map<Perspective, Gateway> demo = new EnumMap<>(Perspective.class);
        for (Perspective perspective : Perspective.values()) {
            demo.put(perspective, perspective.demo(gateway));
        }
        return rows().stream()
                .map(row -> DynamicTest.dynamicTest(row.method() + " " + row.path(), () -> {
                    Map<Perspective, Gateway> callers = row.fresh() ? freshCallers(gateway, demo) : demo;
                    Map<Perspective, Integer> actual = new LinkedHashMap<>();
                    Map<Perspective, String> bodies = new LinkedHashMap<>();
                    for (Perspective perspective : Perspective.values()) {
                        Reply reply = callers.get(perspective).send(row.method(), row.concretePath(), row.body());
                        actual.put(perspective, reply.status());
                        if (reply.status() != row.expected().get(perspective)) {
                            bodies.put(perspective, reply.body());
                        }
                    }
                    assertThat(actual)
                            .as("%s %s; unexpected answers: %s", row.method(), row.path(), bodies)
                            .isEqualTo(row.expected());
                }));
    }

    private static Map<Perspective, Gateway> freshCallers(Gateway gateway, Map<Perspective, Gateway> demo) {
        Map<Perspective, Gateway> fresh = new EnumMap<>(Perspective.class);
        for (Perspective perspective : Perspective.values()) {
            fresh.put(perspective, perspective.fresh(gateway, demo.get(Perspective.ADMIN)));
        }
        return fresh;
    }

    /** One line of the matrix: method, path, a status per perspective, and optionally "fresh". */
    record Row(String method, String path, Map<Perspective, Integer> expected, boolean fresh) {

        private static final String ANY_ID = UUID.randomUUID().toString();

        String concretePath() {
            return path.replaceAll("\\{(b|branch|branchId)}", Perspective.HOME).replaceAll("\\{[^}]*}", ANY_ID);
        }

        Object body() {
            return Set.of("POST", "PUT", "PATCH").contains(method) ? Map.of() : null;
        }
    }

    private static List<Row> rows() {
        try (InputStream in = AuthorisationMatrixTests.class.getResourceAsStream(MATRIX)) {
            assertThat(in).as(MATRIX).isNotNull();
            List<Row> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                rows.add(row(trimmed.split("\\s+")));
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Row row(String[] cells) {
        Perspective[] perspectives = Perspective.values();
        if (cells.length < 2 + perspectives.length) {
            throw new IllegalStateException("A matrix row needs a method, a path and " + perspectives.length
                    + " statuses: " + String.join(" ", cells));
        }
        Map<Perspective, Integer> expected = new EnumMap<>(Perspective.class);
        for (int i = 0; i < perspectives.length; i++) {
            expected.put(perspectives[i], Integer.parseInt(cells[2 + i]));
        }
        boolean fresh = cells.length > 2 + perspectives.length && cells[2 + perspectives.length].equals(FRESH);
        return new Row(cells[0], cells[1], expected, fresh);
    }
}
