package nl.starters.national;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The national forum: questions promoted by the branches, answers from every region, activity. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NationalForumApplication {

    public static void main(String[] args) {
        SpringApplication.run(NationalForumApplication.class, args);
    }
}
