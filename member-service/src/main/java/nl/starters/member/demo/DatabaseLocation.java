package nl.starters.member.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the database is, as the demo guard needs to know: demo accounts belong on this machine only. */
@ConfigurationProperties("community.database")
record DatabaseLocation(@DefaultValue("localhost") String host) {}
