package nl.starters.servicedefaults.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class ContentExportTests {

    static final UUID MEMBER = UUID.randomUUID();

    @Test
    void gathersEveryPartUnderItsKindAndNamesEachEvenWhenEmpty() {
        var posts = part("posts", Flux.just("first post", "second post"));
        var comments = part("comments", Flux.empty());

        ContentExport export = ContentExport.collect(MEMBER, "branch-utrecht", List.of(posts, comments))
                .block();

        assertThat(export.memberId()).isEqualTo(MEMBER);
        assertThat(export.service()).isEqualTo("branch-utrecht");
        assertThat(export.items()).containsOnlyKeys("comments", "posts");
        assertThat(export.items().get("posts")).containsExactly("first post", "second post");
        assertThat(export.items().get("comments")).isEmpty();
    }

    @Test
    void aServiceWithoutPartsExportsNoItems() {
        assertThat(ContentExport.collect(MEMBER, "national-forum-service", List.of())
                        .block()
                        .items())
                .isEmpty();
    }

    @Test
    void aFailingPartFailsTheWholeExportRatherThanLeavingItOut() {
        var broken = part("posts", Flux.error(new IllegalStateException("database away")));

        assertThat(ContentExport.collect(MEMBER, "branch-utrecht", List.of(broken))
                        .onErrorResume(error -> Mono.empty())
                        .blockOptional())
                .isEmpty();
    }

    private static ExportPart part(String kind, Flux<?> items) {
        return new ExportPart() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public Flux<?> itemsOf(UUID memberId) {
                return items;
            }
        };
    }
}
