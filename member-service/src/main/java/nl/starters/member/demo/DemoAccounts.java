package nl.starters.member.demo;

import java.time.Clock;
import java.time.Duration;
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
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * The demo accounts of the embedded default (password {@value #PASSWORD}): staff and a member per branch,
 * a coordinator and an admin. Created once, before the service reports ready, and only under this profile.
 */
@Component
@Profile("embedded")
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "demo";
    private static final Log log = LogFactory.getLog(DemoAccounts.class);

    private final Accounts accounts;
    private final RegistrationService registration;
    private final BranchRegistry branches;
    private final Clock clock;

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

    /**
     * Runs on the main thread during start-up, before readiness, like the migrations: it waits (bounded)
     * so that the ready line's accounts can sign in at once.
     */
    @Override
    public void run(ApplicationArguments args) {
        Long created = Flux.fromIterable(plan())
                .concatMap(member -> accounts.findByUsername(member.username())
                        .hasElement()
                        .filter(exists -> !exists)
                        .flatMap(missing -> registration.openWithoutPasswordRules(member, PASSWORD)))
                .count()
                .block(Duration.ofMinutes(1));
        log.info("Demo accounts ready (" + created + " created now, password '" + PASSWORD + "')");
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
