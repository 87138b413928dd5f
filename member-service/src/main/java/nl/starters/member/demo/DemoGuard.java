package nl.starters.member.demo;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo accounts with a published password must never reach a real database: under the {@code embedded}
 * profile member-service starts only against a database on this machine (a loopback address).
 */
@Component
@Profile("embedded")
class DemoGuard {

    DemoGuard(DatabaseLocation database) {
        if (!loopback(database.host())) {
            throw new IllegalStateException("The 'embedded' profile creates demo accounts with the password 'demo'"
                    + " and is only for a database on this machine, but community.database.host is '"
                    + database.host() + "'. Start member-service without the 'embedded' profile.");
        }
    }

    static boolean loopback(String host) {
        try {
            return host != null
                    && !host.isBlank()
                    && InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
