package nl.starters.member.demo;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import org.junit.jupiter.api.Test;

class DemoGuardTests {

    @Test
    void allowsADatabaseOnThisMachine() {
        for (String host : new String[] {"localhost", "127.0.0.1", "::1"}) {
            assertThatNoException().isThrownBy(() -> new DemoGuard(new DatabaseLocation(host)));
        }
    }

    @Test
    void refusesToStartAgainstAnyOtherDatabase() {
        for (String host : new String[] {"db.example.org", "10.0.0.12", "member-db", ""}) {
            assertThatIllegalStateException()
                    .isThrownBy(() -> new DemoGuard(new DatabaseLocation(host)))
                    .withMessageContaining("only for a database on this machine")
                    .withMessageContaining("'" + host + "'");
        }
    }
}
