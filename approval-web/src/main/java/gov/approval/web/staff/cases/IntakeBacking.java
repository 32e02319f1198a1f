package gov.approval.web.staff.cases;

import gov.approval.casework.boundary.ApplicantForm;
import gov.approval.casework.boundary.CaseHandlingService;
import gov.approval.casework.boundary.CaseView;
import gov.approval.casework.boundary.IntakeItem;
import gov.approval.casework.entity.ApplicantKind;
import gov.approval.casework.entity.IdType;
import gov.approval.web.i18n.Texts;
import gov.approval.web.shell.Attempt;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Window intake ({@code /staff/cases/intake.xhtml}): a clerk registers a walk-in's application for
 * a published item of the department; the case is received at once and its page opens, where the
 * clerk scans the materials.
 */
@Named
@ViewScoped
public class IntakeBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CaseHandlingService handling;

  private List<IntakeItem> items;
  private String itemCode;
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
  private String description;

  @PostConstruct
  void load() {
    items = handling.intakeItems();
  }

  /** Registers the application and opens its case page for the scans. */
  public String register() {
    if (itemCode == null || itemCode.isBlank()) {
      Texts.error("staff_cases_intake.itemRequired");
      FacesContext.getCurrentInstance().validationFailed();
      return null;
    }
    boolean enterprise = kind == ApplicantKind.ENTERPRISE;
    ApplicantForm applicant =
        new ApplicantForm(
            kind,
            strip(name),
            enterprise ? null : idType,
            enterprise ? null : strip(idNumber),
            enterprise ? strip(creditCode) : null,
            enterprise ? strip(legalRepresentative) : null,
            strip(contactName),
            strip(contactPhone),
            strip(contactEmail),
            strip(agentName),
            strip(agentIdNumber));
    CaseView registered =
        Attempt.get(() -> handling.registerAtWindow(itemCode, applicant, strip(description)));
    if (registered == null) {
      return null;
    }
    Texts.info("staff_cases_intake.registered", registered.number());
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/staff/cases/case?faces-redirect=true&id=" + registered.id();
  }

  private static String strip(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public boolean isEnterprise() {
    return kind == ApplicantKind.ENTERPRISE;
  }

  public ApplicantKind[] getKinds() {
    return ApplicantKind.values();
  }

  public IdType[] getIdTypes() {
    return IdType.values();
  }

  public List<IntakeItem> getItems() {
    return items;
  }

  public String getItemCode() {
    return itemCode;
  }

  public void setItemCode(String itemCode) {
    this.itemCode = itemCode;
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

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
