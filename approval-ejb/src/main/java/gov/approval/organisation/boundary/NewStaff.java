package gov.approval.organisation.boundary;

import gov.approval.identity.entity.Position;
import gov.approval.identity.entity.UserAccount;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What an admin enters to create a staff account. */
public record NewStaff(
    @NotBlank(message = "{account.username.required}")
        @Pattern(regexp = UserAccount.USERNAME_PATTERN, message = "{account.username.pattern}")
        String username,
    @NotBlank(message = "{account.name.required}") @Size(max = UserAccount.NAME_LENGTH) String name,
    @Email(message = "{account.email.invalid}") @Size(max = UserAccount.EMAIL_LENGTH) String email,
    @NotNull(message = "{organisation.staff.department.required}") Long departmentId,
    @NotEmpty(message = "{organisation.staff.positionRequired}") Set<Position> positions,
    @NotBlank(message = "{account.password.required}") String initialPassword) {}
