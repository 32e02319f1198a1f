package gov.approval.supervision.boundary;

import gov.approval.supervision.entity.OrderState;
import java.time.Instant;
import java.time.LocalDate;

/** One correction order in a list (and on its own). */
public record OrderRow(
    Long id,
    long version,
    String departmentName,
    Long caseId,
    String caseNumber,
    String reason,
    String requiredAction,
    LocalDate dueOn,
    OrderState state,
    String orderedBy,
    Instant orderedAt,
    String answer,
    String answeredBy,
    String reviewNote,
    int reopenCount,
    LocalDate escalatedOn) {

  public String getCode() {
    return "JC" + id;
  }
}
