package gov.approval.web.staff.cases;

import gov.approval.casework.boundary.WorklistFilter;
import gov.approval.casework.entity.CaseStatus;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/** The worklist's filter as its form edits it. */
public class WorklistForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private boolean myTasksOnly = true;
  private CaseStatus[] statuses = new CaseStatus[0];
  private LocalDate dueBy;
  private Long departmentId;

  WorklistFilter toFilter() {
    return new WorklistFilter(myTasksOnly, Set.of(statuses), dueBy, departmentId);
  }

  public boolean isMyTasksOnly() {
    return myTasksOnly;
  }

  public void setMyTasksOnly(boolean myTasksOnly) {
    this.myTasksOnly = myTasksOnly;
  }

  public CaseStatus[] getStatuses() {
    return statuses;
  }

  public void setStatuses(CaseStatus[] statuses) {
    this.statuses = statuses == null ? new CaseStatus[0] : statuses;
  }

  public LocalDate getDueBy() {
    return dueBy;
  }

  public void setDueBy(LocalDate dueBy) {
    this.dueBy = dueBy;
  }

  public Long getDepartmentId() {
    return departmentId;
  }

  public void setDepartmentId(Long departmentId) {
    this.departmentId = departmentId;
  }
}
