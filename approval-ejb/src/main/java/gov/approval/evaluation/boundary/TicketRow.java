package gov.approval.evaluation.boundary;

import gov.approval.evaluation.entity.AppealKind;
import gov.approval.evaluation.entity.AppealStatus;
import gov.approval.evaluation.entity.RatingLevel;
import gov.approval.evaluation.entity.RectificationTicket;
import gov.approval.evaluation.entity.TicketStatus;
import java.time.Instant;
import java.time.LocalDate;

/** A rectification ticket as the staff pages list and show it. */
public record TicketRow(
    long id,
    long version,
    String caseNumber,
    String itemName,
    String departmentName,
    String staffName,
    RatingLevel level,
    String comment,
    TicketStatus status,
    Instant openedAt,
    LocalDate callbackDueOn,
    LocalDate rectifyDueOn,
    String callbackNote,
    String result,
    RatingLevel citizenLevel,
    AppealKind appealKind,
    String appealReason,
    AppealStatus appealStatus,
    String appealDecisionNote) {

  static TicketRow of(RectificationTicket t) {
    var r = t.getRating();
    return new TicketRow(
        t.getId(),
        t.getVersion(),
        r.getApprovalCase().getNumber(),
        r.getApprovalCase().getItemName(),
        t.getDepartment().getName(),
        t.getStaff() == null ? null : t.getStaff().getName(),
        r.getLevel(),
        r.getComment(),
        t.getStatus(),
        t.getOpenedAt(),
        t.getCallbackDueOn(),
        t.getRectifyDueOn(),
        t.getCallbackNote(),
        t.getResult(),
        t.getCitizenLevel(),
        t.getAppealKind(),
        t.getAppealReason(),
        t.getAppealStatus(),
        t.getAppealDecisionNote());
  }
}
