package nl.starters.member;

import nl.starters.servicedefaults.branches.BranchRegistry;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Identities and profiles of every member of every branch; the one place that knows real names. */
@SpringBootApplication
@ConfigurationPropertiesScan(basePackageClasses = {MemberApplication.class, BranchRegistry.class})
public class MemberApplication {

    public static void main(String[] args) {
        SpringApplication.run(MemberApplication.class, args);
    }
}
