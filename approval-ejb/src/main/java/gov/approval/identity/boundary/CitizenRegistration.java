package gov.approval.identity.boundary;

import gov.approval.identity.entity.UserAccount;
import gov.approval.identity.entity.ValidResidentId;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a citizen enters to register; the mobile number becomes the login name. */
public record CitizenRegistration(
    @NotBlank(message = "{account.name.required}") @Size(max = UserAccount.NAME_LENGTH)
        String realName,
    @NotBlank(message = "{account.mobile.required}")
        @Pattern(regexp = UserAccount.MOBILE_PATTERN, message = "{account.mobile.pattern}")
        String mobile,
    @Email(message = "{account.email.invalid}") @Size(max = UserAccount.EMAIL_LENGTH) String email,
    @NotBlank(message = "{account.residentId.required}") @ValidResidentId String residentIdNumber,
    @NotBlank(message = "{account.password.required}") String password) {}
