package nl.starters.member.accounts;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Argon2id for new hashes (bcrypt stops at 72 bytes, a password may have 128 characters); hashes without
 * an {@code {id}} prefix are bcrypt, as the first accounts were stored. Hashing runs on its own few threads:
 * each Argon2 hash takes 16 MiB and real CPU, so a burst of logins queues instead of exhausting the heap.
 */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        var encoder = new DelegatingPasswordEncoder(
                "argon2",
                Map.of(
                        "argon2",
                        Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                        "bcrypt",
                        new BCryptPasswordEncoder()));
        encoder.setDefaultPasswordEncoderForMatches(new BCryptPasswordEncoder());
        return encoder;
    }

    @Bean(destroyMethod = "dispose")
    Scheduler passwordHashing() {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        return Schedulers.newBoundedElastic(threads, 10_000, "password-hashing");
    }
}
