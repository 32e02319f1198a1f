package gov.approval.web.shell;

import gov.approval.casework.boundary.ApplicantForm;
import gov.approval.casework.boundary.CaseView;
import gov.approval.casework.entity.ApplicantKind;
import gov.approval.casework.entity.IdType;
import java.io.Serializable;

/**
 * The applicant form's fields while the user edits them, on the citizen's application and the
 * clerk's window intake alike (the boundary's {@link ApplicantForm} is immutable): a person gives
 * an ID type and number, an enterprise its credit code and legal representative; fields of the
 * other kind are not sent.
 */
public class ApplicantFields implements Serializable {

  private static final long serialVersionUID = 1L;

  private ApplicantKind kind = ApplicantKind.PERSON;
  private String name;
  private IdType idType = IdType.RESIDENT_ID;
  private String idNumber;
  private String creditCode;
  private String legalRepresentative;
  private String contactName;
  private String contactPhone;
  private String contactEmail;
  private String agentName;
  private String agentIdNumber;

  public static ApplicantFields of(ApplicantForm f) {
    ApplicantFields a = new ApplicantFields();
    a.kind = f.kind();
    a.name = f.name();
    a.idType = f.idType();
    a.idNumber = f.idNumber();
    a.creditCode = f.creditCode();
    a.legalRepresentative = f.legalRepresentative();
    a.contactName = f.contactName();
    a.contactPhone = f.contactPhone();
    a.contactEmail = f.contactEmail();
    a.agentName = f.agentName();
    a.agentIdNumber = f.agentIdNumber();
    return a;
  }

  public static ApplicantFields of(CaseView.Applicant v) {
    return of(
        new ApplicantForm(
            v.kind(),
            v.name(),
            v.idType(),
            v.idNumber(),
            v.creditCode(),
            v.legalRepresentative(),
            v.contactName(),
            v.contactPhone(),
            v.contactEmail(),
            v.agentName(),
            v.agentIdNumber()));
  }

  public ApplicantForm toForm() {
    boolean person = kind == ApplicantKind.PERSON;
    return new ApplicantForm(
        kind,
        trim(name),
        person ? idType : null,
        person ? trim(idNumber) : null,
        person ? null : trim(creditCode),
        person ? null : trim(legalRepresentative),
        trim(contactName),
        trim(contactPhone),
        trim(contactEmail),
        trim(agentName),
        trim(agentIdNumber));
  }

  private static String trim(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public boolean isPerson() {
    return kind == ApplicantKind.PERSON;
  }

  public ApplicantKind[] getKinds() {
    return ApplicantKind.values();
  }

  public IdType[] getIdTypes() {
    return IdType.values();
  }

  public ApplicantKind getKind() {
    return kind;
  }

  public void setKind(ApplicantKind kind) {
    this.kind = kind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public IdType getIdType() {
    return idType;
  }

  public void setIdType(IdType idType) {
    this.idType = idType;
  }

  public String getIdNumber() {
    return idNumber;
  }

  public void setIdNumber(String idNumber) {
    this.idNumber = idNumber;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public void setCreditCode(String creditCode) {
    this.creditCode = creditCode;
  }

  public String getLegalRepresentative() {
    return legalRepresentative;
  }

  public void setLegalRepresentative(String legalRepresentative) {
    this.legalRepresentative = legalRepresentative;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public String getAgentName() {
    return agentName;
  }

  public void setAgentName(String agentName) {
    this.agentName = agentName;
  }

  public String getAgentIdNumber() {
    return agentIdNumber;
  }

  public void setAgentIdNumber(String agentIdNumber) {
    this.agentIdNumber = agentIdNumber;
  }
}
