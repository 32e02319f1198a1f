package gov.approval.web.my;

import gov.approval.casework.boundary.ApplicationService;
import gov.approval.casework.boundary.CaseView;
import gov.approval.catalogue.boundary.PublicCatalogue;
import gov.approval.catalogue.boundary.PublicGuide;
import gov.approval.platform.boundary.NotFoundException;
import gov.approval.web.shell.ApplicantFields;
import gov.approval.web.shell.Attempt;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * "在线申报" ({@code /my/apply.xhtml?item=<implementation code>}): the applicant form prefilled from
 * the citizen's real-name data and a description; starting the draft leads to the case page.
 */
@Named
@ViewScoped
public class ApplyBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ApplicationService applications;

  @Inject transient PublicCatalogue catalogue;

  private String item;
  private PublicGuide guide;
  private ApplicantFields applicant;
  private String description;

  /** The view action: the published item named by {@code item}, and the prefilled form. */
  public void load() {
    if (item == null || item.isBlank()) {
      throw new NotFoundException("ServiceItem", "");
    }
    guide = catalogue.guide(item);
    if (applicant == null) {
      applicant = ApplicantFields.of(applications.myApplicantDefaults());
    }
  }

  public String start() {
    CaseView draft =
        Attempt.get(() -> applications.startDraft(item, applicant.toForm(), description));
    return draft == null ? null : "/my/case.xhtml?faces-redirect=true&id=" + draft.id();
  }

  public String getItem() {
    return item;
  }

  public void setItem(String item) {
    this.item = item;
  }

  public PublicGuide getGuide() {
    return guide;
  }

  public ApplicantFields getApplicant() {
    return applicant;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
