package nl.starters.member.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A registration as the contract has it; visibility, pseudonym and listed are optional. */
@RegistrationRules
record RegisterMemberRequest(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{3,40}", message = "3 to 40 letters, digits, '.', '_' or '-'")
        String username,

        @NotBlank @Email @Size(max = 254) String email,

        @NotBlank @Size(min = 10, max = 128, message = "must be 10 to 128 characters")
        String password,

        @NotBlank @Size(max = 200) String fullName,

        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}", message = "must be a branch id such as 'utrecht'")
        String homeBranch,

        Visibility visibility,
        @Size(min = 2, max = 60) String pseudonym,
        Boolean listed) {

    Visibility visibilityOrDefault() {
        return visibility == null ? Visibility.FULL_NAME : visibility;
    }
}
