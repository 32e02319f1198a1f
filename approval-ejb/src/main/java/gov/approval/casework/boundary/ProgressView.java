package gov.approval.casework.boundary;

import gov.approval.calendar.entity.DueDate;
import gov.approval.casework.entity.CaseAction;
import gov.approval.casework.entity.CaseStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What anyone holding a case number and its check code may see: the status, the item and
 * department, the dates and the deadline with its explanation, and the public steps of the
 * timeline. Nothing personal: no applicant, no actor, no notes.
 */
public record ProgressView(
    String number,
    CaseStatus status,
    String itemName,
    String departmentName,
    LocalDate receivedOn,
    LocalDate acceptedOn,
    DueDate dueDate,
    List<Step> timeline) {

  public ProgressView {
    timeline = List.copyOf(timeline);
  }

  /** One public step: when, what, and the status it led to (null when unchanged). */
  public record Step(Instant occurredAt, CaseAction action, CaseStatus status) {}
}
