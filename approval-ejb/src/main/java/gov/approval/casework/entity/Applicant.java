package gov.approval.casework.entity;

import gov.approval.identity.entity.ResidentIdNumber;
import gov.approval.platform.boundary.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Who applies: a person (ID type and number) or an enterprise (unified social credit code and legal
 * representative), the contact the case's mail and calls go to, and an agent (代理人) where one acts
 * for the applicant. Kept with the case as it was given, not linked to accounts.
 */
@Embeddable
public class Applicant {

  public static final int NAME_LENGTH = 128;
  public static final int ID_LENGTH = 32;
  public static final int PHONE_LENGTH = 20;
  public static final int EMAIL_LENGTH = 128;
  public static final String PHONE_PATTERN = "(1[3-9]\\d{9})|(0\\d{2,3}-?\\d{7,8})";

  @Enumerated(EnumType.STRING)
  @Column(name = "applicant_kind", nullable = false, length = 12)
  private ApplicantKind kind;

  @Column(name = "applicant_name", nullable = false, length = NAME_LENGTH)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "applicant_id_type", length = 16)
  private IdType idType;

  @Column(name = "applicant_id_number", length = ID_LENGTH)
  private String idNumber;

  @Column(name = "credit_code", length = 18)
  private String creditCode;

  @Column(name = "legal_representative", length = NAME_LENGTH)
  private String legalRepresentative;

  @Column(name = "contact_name", nullable = false, length = NAME_LENGTH)
  private String contactName;

  @Column(name = "contact_phone", nullable = false, length = PHONE_LENGTH)
  private String contactPhone;

  @Column(name = "contact_email", length = EMAIL_LENGTH)
  private String contactEmail;

  @Column(name = "agent_name", length = NAME_LENGTH)
  private String agentName;

  @Column(name = "agent_id_number", length = ID_LENGTH)
  private String agentIdNumber;

  protected Applicant() {}

  /**
   * An applicant checked by the rules the law's forms imply; each refusal names the field in the
   * user's language.
   */
  public Applicant(
      ApplicantKind kind,
      String name,
      IdType idType,
      String idNumber,
      String creditCode,
      String legalRepresentative,
      String contactName,
      String contactPhone,
      String contactEmail,
      String agentName,
      String agentIdNumber) {
    this.kind = require(kind, "casework.applicant.kind.required");
    this.name = requireText(name, "casework.applicant.name.required");
    this.contactName = requireText(contactName, "casework.applicant.contact.required");
    this.contactPhone = requireText(contactPhone, "casework.applicant.phone.required");
    if (!this.contactPhone.matches(PHONE_PATTERN)) {
      throw new BusinessException("casework.applicant.phone.invalid", this.contactPhone);
    }
    this.contactEmail = blankToNull(contactEmail);
    if (this.contactEmail != null && !this.contactEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new BusinessException("casework.applicant.email.invalid", this.contactEmail);
    }
    if (kind == ApplicantKind.PERSON) {
      this.idType = require(idType, "casework.applicant.idType.required");
      this.idNumber = requireText(idNumber, "casework.applicant.idNumber.required").toUpperCase();
      if (idType == IdType.RESIDENT_ID && !ResidentIdNumber.isValid(this.idNumber)) {
        throw new BusinessException("casework.applicant.idNumber.invalid", this.idNumber);
      }
    } else {
      this.creditCode =
          requireText(creditCode, "casework.applicant.creditCode.required").toUpperCase();
      if (!CreditCode.isValid(this.creditCode)) {
        throw new BusinessException("casework.applicant.creditCode.invalid", this.creditCode);
      }
      this.legalRepresentative =
          requireText(legalRepresentative, "casework.applicant.legalRepresentative.required");
    }
    this.agentName = blankToNull(agentName);
    this.agentIdNumber = blankToNull(agentIdNumber);
    if (this.agentName != null && this.agentIdNumber == null) {
      throw new BusinessException("casework.applicant.agentId.required");
    }
    if (this.agentIdNumber != null && !ResidentIdNumber.isValid(this.agentIdNumber.toUpperCase())) {
      throw new BusinessException("casework.applicant.agentId.invalid", this.agentIdNumber);
    }
  }

  private static <T> T require(T value, String key) {
    if (value == null) {
      throw new BusinessException(key);
    }
    return value;
  }

  private static String requireText(String value, String key) {
    String v = blankToNull(value);
    if (v == null) {
      throw new BusinessException(key);
    }
    return v;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The ID number with the middle hidden, for pages other than the case's own. */
  public String maskedIdentity() {
    String id = kind == ApplicantKind.PERSON ? idNumber : creditCode;
    if (id == null || id.length() < 8) {
      return id;
    }
    return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
  }

  public ApplicantKind getKind() {
    return kind;
  }

  public String getName() {
    return name;
  }

  public IdType getIdType() {
    return idType;
  }

  public String getIdNumber() {
    return idNumber;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public String getLegalRepresentative() {
    return legalRepresentative;
  }

  public String getContactName() {
    return contactName;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public String getAgentName() {
    return agentName;
  }

  public String getAgentIdNumber() {
    return agentIdNumber;
  }
}
