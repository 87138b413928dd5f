package nl.starters.member.accounts;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The rules of a registration that span fields, each reported on the field a person must change. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = RegistrationRulesValidator.class)
@interface RegistrationRules {

    String message() default "invalid registration";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
