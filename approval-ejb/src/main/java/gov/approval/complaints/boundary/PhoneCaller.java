package gov.approval.complaints.boundary;

import gov.approval.complaints.entity.Complaint;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Who called: a name and a number to call back, and an address if they want the answer mailed. */
public record PhoneCaller(
    @NotBlank @Size(max = Complaint.NAME_LENGTH) String name,
    @NotBlank @Pattern(regexp = "[0-9+\\- ]{5,20}") String phone,
    @Email @Size(max = Complaint.EMAIL_LENGTH) String email) {}
