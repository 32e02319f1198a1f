package gov.approval.casework.boundary;

import gov.approval.casework.entity.Applicant;
import gov.approval.casework.entity.ApplicantKind;
import gov.approval.casework.entity.IdType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The applicant as a form gives it; the case checks it ({@link Applicant}) and answers with one
 * message per problem.
 */
public record ApplicantForm(
    @NotNull ApplicantKind kind,
    @Size(max = Applicant.NAME_LENGTH) String name,
    IdType idType,
    @Size(max = Applicant.ID_LENGTH) String idNumber,
    @Size(max = 18) String creditCode,
    @Size(max = Applicant.NAME_LENGTH) String legalRepresentative,
    @Size(max = Applicant.NAME_LENGTH) String contactName,
    @Size(max = Applicant.PHONE_LENGTH) String contactPhone,
    @Size(max = Applicant.EMAIL_LENGTH) String contactEmail,
    @Size(max = Applicant.NAME_LENGTH) String agentName,
    @Size(max = Applicant.ID_LENGTH) String agentIdNumber) {

  public Applicant toApplicant() {
    return new Applicant(
        kind,
        name,
        idType,
        idNumber,
        creditCode,
        legalRepresentative,
        contactName,
        contactPhone,
        contactEmail,
        agentName,
        agentIdNumber);
  }

  public static ApplicantForm of(Applicant a) {
    return new ApplicantForm(
        a.getKind(),
        a.getName(),
        a.getIdType(),
        a.getIdNumber(),
        a.getCreditCode(),
        a.getLegalRepresentative(),
        a.getContactName(),
        a.getContactPhone(),
        a.getContactEmail(),
        a.getAgentName(),
        a.getAgentIdNumber());
  }

  /** A person's form with only the contact filled in (a new citizen draft). */
  public static ApplicantForm person(String name, String idNumber, String phone, String email) {
    return new ApplicantForm(
        ApplicantKind.PERSON,
        name,
        IdType.RESIDENT_ID,
        idNumber,
        null,
        null,
        name,
        phone,
        email,
        null,
        null);
  }
}
