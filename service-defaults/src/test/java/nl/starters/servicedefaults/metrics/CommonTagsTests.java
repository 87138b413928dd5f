package nl.starters.servicedefaults.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Tag;
import java.util.List;
import nl.starters.servicedefaults.branches.Branch;
import org.junit.jupiter.api.Test;

class CommonTagsTests {

    final List<Branch> registry =
            List.of(new Branch("utrecht", "Utrecht", "Midden"), new Branch("groningen", "Groningen", "Noord"));

    @Test
    void aBranchIsTaggedWithItsIdAndTheRegionTheRegistryGivesIt() {
        assertThat(CommonTags.of(new MetricsProperties("groningen", null), registry))
                .containsExactly(Tag.of("branch", "groningen"), Tag.of("region", "Noord"));
    }

    @Test
    void aConfiguredRegionWinsOverTheRegistry() {
        assertThat(CommonTags.of(new MetricsProperties("utrecht", "Centrum"), registry))
                .containsExactly(Tag.of("branch", "utrecht"), Tag.of("region", "Centrum"));
    }

    @Test
    void aBranchTheRegistryDoesNotKnowHasNoRegionTag() {
        assertThat(CommonTags.of(new MetricsProperties("national", ""), registry))
                .containsExactly(Tag.of("branch", "national"));
    }

    @Test
    void aServiceOfNoBranchHasNeitherTag() {
        assertThat(CommonTags.of(new MetricsProperties(" ", null), registry)).isEmpty();
    }
}
