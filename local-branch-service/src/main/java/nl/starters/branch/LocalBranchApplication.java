package nl.starters.branch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** One branch's community; deployed once per branch, each with its own database. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LocalBranchApplication {

    public static void main(String[] args) {
        SpringApplication.run(LocalBranchApplication.class, args);
    }
}
