package gov.approval.web.my;

import gov.approval.casework.boundary.ApplicationService;
import gov.approval.casework.boundary.CaseRow;
import gov.approval.web.shell.BoundaryLazyModel;
import gov.approval.web.shell.Deadlines;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;

/** My cases ({@code /my/cases.xhtml}): drafts and submitted cases, paged and sortable. */
@Named("myCasesBacking")
@ViewScoped
public class CasesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ApplicationService applications;

  private BoundaryLazyModel<CaseRow, Void> cases;
  private boolean noCases;

  @PostConstruct
  void init() {
    ApplicationService boundary = applications;
    cases = new BoundaryLazyModel<>((request, none) -> boundary.myCases(request), CaseRow::id);
    noCases = cases.count(java.util.Map.of()) == 0;
  }

  public BoundaryLazyModel<CaseRow, Void> getCases() {
    return cases;
  }

  public boolean isNoCases() {
    return noCases;
  }

  public String time(Instant at) {
    return Deadlines.minute(at);
  }
}
