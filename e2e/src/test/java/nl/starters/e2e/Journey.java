package nl.starters.e2e;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a class of cross-service journeys. Its test methods may take a {@link Gateway} (a fresh
 * browser-like client) or the running {@code Federation}; all journeys of a run share one
 * federation, started on first use. To add a journey: a new {@code XxxJourneyTests} class with
 * this annotation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("journey")
@ExtendWith(FederationExtension.class)
public @interface Journey {}
