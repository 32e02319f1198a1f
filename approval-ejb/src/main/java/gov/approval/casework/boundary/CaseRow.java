package gov.approval.casework.boundary;

import gov.approval.casework.entity.CaseChannel;
import gov.approval.casework.entity.CaseStatus;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a staff worklist or an applicant's list: read by one projection query, with the
 * working days left (negative when overdue) filled in from the calendar afterwards.
 */
public record CaseRow(
    Long id,
    String number,
    String itemName,
    String applicantName,
    String departmentName,
    CaseStatus status,
    CaseChannel channel,
    Instant submittedAt,
    LocalDate dueOn,
    String assigneeName,
    boolean flagged,
    Integer workingDaysLeft) {

  public CaseRow(
      Long id,
      String number,
      String itemName,
      String applicantName,
      String departmentName,
      CaseStatus status,
      CaseChannel channel,
      Instant submittedAt,
      LocalDate dueOn,
      String assigneeName,
      String supervisionFlag) {
    this(
        id,
        number,
        itemName,
        applicantName,
        departmentName,
        status,
        channel,
        submittedAt,
        dueOn,
        assigneeName,
        supervisionFlag != null,
        null);
  }

  /** An applicant's list: no assignee, no supervision flag. */
  public CaseRow(
      Long id,
      String number,
      String itemName,
      String applicantName,
      String departmentName,
      CaseStatus status,
      CaseChannel channel,
      Instant submittedAt,
      LocalDate dueOn) {
    this(
        id,
        number,
        itemName,
        applicantName,
        departmentName,
        status,
        channel,
        submittedAt,
        dueOn,
        null,
        false,
        null);
  }

  CaseRow withDaysLeft(Integer days) {
    return new CaseRow(
        id,
        number,
        itemName,
        applicantName,
        departmentName,
        status,
        channel,
        submittedAt,
        dueOn,
        assigneeName,
        flagged,
        days);
  }
}
