package gov.approval.web.staff.supervision;

import gov.approval.casework.entity.CaseStatus;
import gov.approval.organisation.boundary.DepartmentRow;
import gov.approval.organisation.boundary.DepartmentService;
import gov.approval.supervision.boundary.DepartmentLoad;
import gov.approval.supervision.boundary.MonitorRow;
import gov.approval.supervision.boundary.MonitorService;
import gov.approval.supervision.entity.WarningLevel;
import gov.approval.web.shell.BoundaryLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The live monitoring board ({@code /staff/supervision/monitor.xhtml}): open cases per department
 * and status with overdue and warned counts, and the paged list of open cases with their time left
 * and warning; both refresh by themselves (a poll re-reads them) and each case opens read-only.
 */
@Named
@ViewScoped
public class MonitorBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MonitorService monitor;

  @Inject DepartmentService departmentService;

  private BoundaryLazyModel<MonitorRow, MonitorForm> cases;
  private List<DepartmentLoad> load = List.of();
  private List<DepartmentRow> departments = List.of();

  @PostConstruct
  void init() {
    MonitorService service = monitor;
    cases =
        new BoundaryLazyModel<>(
            (request, filter) -> service.cases(filter.toFilter(), request), MonitorRow::id);
    cases.setFilter(new MonitorForm());
    departments = departmentService.activeDepartments();
    refresh();
  }

  /** Re-reads the counts (the poll calls it; the list re-reads itself when it is updated). */
  public void refresh() {
    load = monitor.load();
  }

  /** Shows one department's cases in the list. */
  public void show(Long departmentId) {
    cases.getFilter().setDepartmentId(departmentId);
  }

  public long getTotalOpen() {
    return load.stream().mapToLong(DepartmentLoad::open).sum();
  }

  public long getTotalOverdue() {
    return load.stream().mapToLong(DepartmentLoad::overdue).sum();
  }

  public long getTotalYellow() {
    return load.stream().mapToLong(DepartmentLoad::yellow).sum();
  }

  public long getTotalRed() {
    return load.stream().mapToLong(DepartmentLoad::red).sum();
  }

  public String warningClass(WarningLevel level) {
    return level == null ? "warning-NONE" : "warning-" + level.name();
  }

  public CaseStatus[] getStatuses() {
    return CaseStatus.OPEN.stream().sorted().toArray(CaseStatus[]::new);
  }

  public WarningLevel[] getLevels() {
    return new WarningLevel[] {WarningLevel.YELLOW, WarningLevel.RED};
  }

  public BoundaryLazyModel<MonitorRow, MonitorForm> getCases() {
    return cases;
  }

  public List<DepartmentLoad> getLoad() {
    return load;
  }

  public List<DepartmentRow> getDepartments() {
    return departments;
  }
}
