package gov.approval.supervision.boundary;

import gov.approval.casework.entity.CaseStatus;
import gov.approval.supervision.entity.WarningLevel;
import java.time.LocalDate;

/** One open case on the board with its time left and its worst active warning. */
public record MonitorRow(
    Long id,
    String number,
    String itemName,
    String departmentName,
    CaseStatus status,
    LocalDate dueOn,
    String assigneeName,
    Integer workingDaysLeft,
    WarningLevel warning) {

  public MonitorRow(
      Long id,
      String number,
      String itemName,
      String departmentName,
      CaseStatus status,
      LocalDate dueOn,
      String assigneeName) {
    this(
        id, number, itemName, departmentName, status, dueOn, assigneeName, null, WarningLevel.NONE);
  }

  MonitorRow with(Integer daysLeft, WarningLevel level) {
    return new MonitorRow(
        id, number, itemName, departmentName, status, dueOn, assigneeName, daysLeft, level);
  }
}
