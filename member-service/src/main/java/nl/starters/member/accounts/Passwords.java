package nl.starters.member.accounts;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/** Hashes and checks passwords off the event loop; a missing account costs as much time as a wrong password. */
@Component
class Passwords {

    private final PasswordEncoder encoder;
    private final Scheduler hashing;
    private final String decoy;

    Passwords(PasswordEncoder encoder, @Qualifier("passwordHashing") Scheduler hashing) {
        this.encoder = encoder;
        this.hashing = hashing;
        this.decoy = encoder.encode("no account has this password, it only costs time");
    }

    Mono<String> hash(String password) {
        return Mono.fromCallable(() -> encoder.encode(password)).subscribeOn(hashing);
    }

    /** False for an account without a password (opened through a bank login), after the same work. */
    Mono<Boolean> matches(String password, String hash) {
        return Mono.fromCallable(() -> encoder.matches(password, hash == null ? decoy : hash) && hash != null)
                .subscribeOn(hashing)
                // a bcrypt hash of the first accounts cannot check a password longer than 72 bytes
                .onErrorReturn(IllegalArgumentException.class, false);
    }
}
