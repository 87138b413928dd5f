package nl.starters.member.demo;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.starters.member.accounts.Accounts;
import nl.starters.member.accounts.BusinessProfile;
import nl.starters.member.accounts.Member;
import nl.starters.member.accounts.RegistrationService;
import nl.starters.member.accounts.Visibility;
import nl.starters.servicedefaults.branches.Branch;
import nl.starters.servicedefaults.branches.BranchRegistry;
import nl.starters.servicedefaults.ids.Ids;
import nl.starters.servicedefaults.security.Roles;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The demo accounts of the embedded default (password {@value #PASSWORD}): staff and a member per branch,
 * a coordinator and an admin. Created once, only under this profile; as the health indicator
 * {@code demoAccounts} (part of the readiness group) the service reports ready only once they can sign in,
 * so the ready line never lists an account that does not exist yet.
 */
@Component("demoAccounts")
@Profile("embedded")
class DemoAccounts implements ApplicationRunner, ReactiveHealthIndicator {

    static final String PASSWORD = "demo";
    private static final Log log = LogFactory.getLog(DemoAccounts.class);

    private final Accounts accounts;
    private final RegistrationService registration;
    private final BranchRegistry branches;
    private final Clock clock;
    private volatile Health state =
            Health.outOfService().withDetail("accounts", "being created").build();

    /** Takes the guard so that it has refused a database elsewhere before any account is made. */
    DemoAccounts(
            DemoGuard guard,
            Accounts accounts,
            RegistrationService registration,
            BranchRegistry branches,
            Clock clock) {
        this.accounts = accounts;
        this.registration = registration;
        this.branches = branches;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Flux.fromIterable(plan())
                .concatMap(member -> accounts.findByUsername(member.username())
                        .hasElement()
                        .filter(exists -> !exists)
                        .flatMap(missing -> registration.openWithoutPasswordRules(member, PASSWORD)))
                .count()
                .subscribe(this::ready, this::failed);
    }

    @Override
    public Mono<Health> health() {
        return Mono.just(state);
    }

    private void ready(long created) {
        state = Health.up().build();
        log.info("Demo accounts ready (" + created + " created now, password '" + PASSWORD + "')");
    }

    private void failed(Throwable error) {
        state = Health.down(error).build();
        log.error("Demo accounts could not be created; the service stays not ready", error);
    }

    List<Member> plan() {
        List<Member> members = new ArrayList<>();
        List<Branch> all = branches.branches();
        for (int i = 0; i < all.size(); i++) {
            Branch branch = all.get(i);
            members.add(account(
                    "staff-" + branch.id(),
                    DemoNames.staff(i),
                    branch,
                    List.of(Roles.MEMBER, Roles.STAFF),
                    BusinessProfile.EMPTY));
            members.add(account(
                    "member-" + branch.id(),
                    DemoNames.member(i),
                    branch,
                    List.of(Roles.MEMBER),
                    DemoNames.business(i, branch)));
        }
        Branch first = branches.find("utrecht").orElse(all.isEmpty() ? null : all.get(0));
        if (first != null) {
            members.add(account(
                    "coordinator",
                    "Marieke Hendriks",
                    first,
                    List.of(Roles.MEMBER, Roles.COORDINATOR),
                    BusinessProfile.EMPTY));
            members.add(account(
                    "admin", "Pieter van den Berg", first, List.of(Roles.MEMBER, Roles.ADMIN), BusinessProfile.EMPTY));
        }
        return members;
    }

    private Member account(
            String username, String fullName, Branch branch, List<String> roles, BusinessProfile profile) {
        return new Member(
                Ids.newId(),
                username,
                username + "@demo.starters.example",
                null,
                fullName,
                branch.id(),
                Visibility.FULL_NAME,
                null,
                true,
                roles,
                profile,
                clock.instant());
    }
}
