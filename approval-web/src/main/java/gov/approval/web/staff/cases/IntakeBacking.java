package gov.approval.web.staff.cases;

import gov.approval.casework.boundary.ApplicantForm;
import gov.approval.casework.boundary.CaseHandlingService;
import gov.approval.casework.boundary.CaseView;
import gov.approval.casework.boundary.IntakeItem;
import gov.approval.web.i18n.Texts;
import gov.approval.web.shell.ApplicantFields;
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
  private final ApplicantFields applicant = new ApplicantFields();
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
    ApplicantForm form = applicant.toForm();
    CaseView registered =
        Attempt.get(() -> handling.registerAtWindow(itemCode, form, strip(description)));
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

  public ApplicantFields getApplicant() {
    return applicant;
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

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
