package gov.approval.web.staff.supervision;

import gov.approval.casework.entity.CaseStatus;
import gov.approval.supervision.boundary.MonitorFilter;
import gov.approval.supervision.entity.WarningLevel;
import java.io.Serializable;

/** The board's list filter as its form edits it. */
public class MonitorForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long departmentId;
  private CaseStatus status;
  private WarningLevel warning;

  MonitorFilter toFilter() {
    return new MonitorFilter(departmentId, status, warning);
  }

  public Long getDepartmentId() {
    return departmentId;
  }

  public void setDepartmentId(Long departmentId) {
    this.departmentId = departmentId;
  }

  public CaseStatus getStatus() {
    return status;
  }

  public void setStatus(CaseStatus status) {
    this.status = status;
  }

  public WarningLevel getWarning() {
    return warning;
  }

  public void setWarning(WarningLevel warning) {
    this.warning = warning;
  }
}
