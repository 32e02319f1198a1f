package gov.approval.supervision.boundary;

import gov.approval.casework.entity.CaseStatus;
import gov.approval.supervision.entity.WarningLevel;

/** The board's list filter: department, status and warning level, each optional. */
public record MonitorFilter(Long departmentId, CaseStatus status, WarningLevel warning) {

  public static MonitorFilter all() {
    return new MonitorFilter(null, null, null);
  }
}
