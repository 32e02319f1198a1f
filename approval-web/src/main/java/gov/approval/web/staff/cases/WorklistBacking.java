package gov.approval.web.staff.cases;

import gov.approval.casework.boundary.CaseHandlingService;
import gov.approval.casework.boundary.CaseRow;
import gov.approval.casework.entity.CaseStatus;
import gov.approval.organisation.boundary.DepartmentRow;
import gov.approval.organisation.boundary.DepartmentService;
import gov.approval.platform.boundary.NotFoundException;
import gov.approval.platform.boundary.Page;
import gov.approval.web.i18n.Texts;
import gov.approval.web.security.ActiveUser;
import gov.approval.web.shell.BoundaryLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The worklist ({@code /staff/cases/worklist.xhtml}): the caller's tasks or the section's cases,
 * filtered by status, due date, number or applicant (and department for those who read all), paged
 * and sorted by the boundary; a box opens a case by its number.
 */
@Named
@ViewScoped
public class WorklistBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<Locale, List<SelectItem>> STATUS_CHOICES = new ConcurrentHashMap<>();

  @Inject CaseHandlingService handling;

  @Inject DepartmentService departmentService;

  @Inject ActiveUser activeUser;

  private BoundaryLazyModel<WorklistRow, WorklistForm> cases;
  private List<DepartmentRow> departments = List.of();
  private String number;

  @PostConstruct
  void load() {
    CaseHandlingService service = handling;
    cases =
        new BoundaryLazyModel<>(
            (request, filter) -> rows(service.worklist(filter.toFilter(), request)),
            WorklistRow::id);
    cases.setFilter(new WorklistForm());
    if (isReadsAll()) {
      departments = departmentService.activeDepartments();
    }
  }

  /** Opens the case with the typed number, or says that no such case is readable. */
  public String open() {
    String typed = number == null ? "" : number.strip();
    if (typed.isEmpty()) {
      Texts.error("staff_cases_worklist.numberRequired");
      return null;
    }
    Long id;
    try {
      id = handling.findIdByNumber(typed);
    } catch (NotFoundException e) {
      Texts.error("staff_cases_worklist.numberUnknown", typed);
      return null;
    }
    return "/staff/cases/case?faces-redirect=true&id=" + id;
  }

  /** Supervisors and the hall office read every department's cases. */
  public boolean isReadsAll() {
    return activeUser.can("SUPERVISE") || activeUser.can("ORG_MANAGE");
  }

  /** The status filter's choices in the user's language, built once per language. */
  public List<SelectItem> getStatusChoices() {
    return STATUS_CHOICES.computeIfAbsent(
        Texts.locale(),
        locale ->
            Arrays.stream(CaseStatus.values())
                .map(status -> new SelectItem(status, Texts.text(locale, "CaseStatus." + status)))
                .toList());
  }

  /** The page's rows with their texts in the user's language (WorklistRow says why). */
  private static Page<WorklistRow> rows(Page<CaseRow> page) {
    Locale locale = Texts.locale();
    String contextPath =
        FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    return new Page<>(
        page.rows().stream().map(row -> WorklistRow.of(row, locale, contextPath)).toList(),
        page.total());
  }

  public BoundaryLazyModel<WorklistRow, WorklistForm> getCases() {
    return cases;
  }

  public List<DepartmentRow> getDepartments() {
    return departments;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }
}
