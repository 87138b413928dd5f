package nl.starters.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SessionIdsTests {

    @Test
    void newIdsAre256RandomBitsInBase64Url() {
        var ids = new HashSet<String>();
        IntStream.range(0, 1000).forEach(i -> ids.add(SessionIds.newId()));

        assertThat(ids)
                .hasSize(1000)
                .allSatisfy(id -> assertThat(SessionIds.isWellFormed(id)).isTrue());
    }

    @Test
    void storesTheSha256OfAnIdNeverTheIdItself() {
        String id = SessionIds.newId();

        assertThat(SessionIds.hash(id))
                .hasSize(64)
                .isEqualTo(SessionIds.hash(id))
                .doesNotContain(id);
        assertThat(SessionIds.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "short", "x' OR '1'='1", "0123456789012345678901234567890123456789012+"})
    void refusesValuesItCouldNotHaveIssued(String value) {
        assertThat(SessionIds.isWellFormed(value)).isFalse();
    }
}
