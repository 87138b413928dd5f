package nl.starters.member.privacy;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How long the export waits for the branch's and the national forum's part before it gives up (503). */
@ConfigurationProperties("community.privacy")
record PrivacyProperties(@DefaultValue("4s") Duration exportPartTimeout) {}
