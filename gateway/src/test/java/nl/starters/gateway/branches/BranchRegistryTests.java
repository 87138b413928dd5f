package nl.starters.gateway.branches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import nl.starters.servicedefaults.branches.Branch;
import nl.starters.servicedefaults.branches.BranchRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;

class BranchRegistryTests {

    @Test
    void readsTheRegistryOfTheRepository() throws IOException {
        var environment = new StandardEnvironment();
        new YamlPropertySourceLoader()
                .load("branches", new FileSystemResource("../config/branches.yml"))
                .forEach(environment.getPropertySources()::addFirst);

        var registry = Binder.get(environment).bindOrCreate("community", BranchRegistry.class);

        assertThat(registry.branches()).extracting(Branch::id).containsExactly("utrecht", "groningen", "eindhoven");
        assertThat(registry.find("groningen")).contains(new Branch("groningen", "Groningen", "Noord"));
    }

    @Test
    void anEmptyRegistryIsAllowed() {
        assertThat(new BranchRegistry(null).branches()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Utrecht", "den haag", "den_haag", "-utrecht", "utrecht-", "", "ütrecht"})
    void rejectsIdsThatAreNotPlainLowercase(String id) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Branch(id, "Somewhere", "Midden"))
                .withMessageContaining("'" + id + "'")
                .withMessageContaining("lowercase letters, digits and '-'");
    }

    @Test
    void acceptsIdsWithInnerDashesAndDigits() {
        assertThat(new Branch("den-haag-2", "Den Haag 2", "West").id()).isEqualTo("den-haag-2");
    }

    @Test
    void rejectsABranchWithoutName() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Branch("utrecht", " ", "Midden"))
                .withMessageContaining("has no name");
    }

    @Test
    void rejectsDuplicateIds() {
        var utrecht = new Branch("utrecht", "Utrecht", "Midden");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new BranchRegistry(List.of(utrecht, utrecht)))
                .withMessage("Branch id 'utrecht' appears more than once in community.branches");
    }

    @Test
    void aBadEntryFailsTheBinding() {
        var source = new MapConfigurationPropertySource(Map.of(
                "community.branches[0].id", "Utrecht",
                "community.branches[0].name", "Utrecht",
                "community.branches[0].region", "Midden"));

        assertThatThrownBy(() -> new Binder(source).bind("community", BranchRegistry.class))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("Branch id 'Utrecht'");
    }
}
