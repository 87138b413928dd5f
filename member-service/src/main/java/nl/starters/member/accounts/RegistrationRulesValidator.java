package nl.starters.member.accounts;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;

/** A password without the username or the e-mail address in it; a pseudonym when one is chosen. */
class RegistrationRulesValidator implements ConstraintValidator<RegistrationRules, RegisterMemberRequest> {

    @Override
    public boolean isValid(RegisterMemberRequest request, ConstraintValidatorContext context) {
        context.disableDefaultConstraintViolation();
        boolean valid = true;
        String password = lower(request.password());
        String username = lower(request.username());
        String email = lower(request.email());
        if (!password.isEmpty() && !username.isEmpty() && password.contains(username)) {
            valid = violation(context, "password", "must not contain the username");
        }
        if (!password.isEmpty() && !email.isEmpty() && password.contains(email)) {
            valid = violation(context, "password", "must not be or contain the e-mail address");
        }
        boolean pseudonymMissing =
                request.pseudonym() == null || request.pseudonym().isBlank();
        if (request.visibilityOrDefault() == Visibility.PSEUDONYM && pseudonymMissing) {
            valid = violation(context, "pseudonym", "is required with visibility PSEUDONYM");
        }
        return valid;
    }

    private static boolean violation(ConstraintValidatorContext context, String field, String message) {
        context.buildConstraintViolationWithTemplate(message)
                .addPropertyNode(field)
                .addConstraintViolation();
        return false;
    }

    private static String lower(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }
}
