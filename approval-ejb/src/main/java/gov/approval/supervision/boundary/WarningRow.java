package gov.approval.supervision.boundary;

import gov.approval.casework.entity.CaseStatus;
import gov.approval.supervision.entity.CaseWarning;
import gov.approval.supervision.entity.Escalation;
import gov.approval.supervision.entity.WarningLevel;
import java.time.Instant;
import java.time.LocalDate;

/** A warning of a case, active or in its history. */
public record WarningRow(
    Long id,
    String caseNumber,
    String stepName,
    CaseStatus caseStatus,
    WarningLevel level,
    LocalDate dueOn,
    Instant raisedAt,
    Escalation escalation,
    Instant clearedAt,
    CaseWarning.Cleared clearedReason) {

  /** Still standing: not cleared by a move, a worse level or a moved deadline. */
  public boolean active() {
    return clearedAt == null;
  }

  static WarningRow of(CaseWarning w) {
    return new WarningRow(
        w.getId(),
        w.getApprovalCase().getNumber(),
        w.getStepName(),
        w.getCaseStatus(),
        w.getLevel(),
        w.getDueOn(),
        w.getRaisedAt(),
        w.getEscalation(),
        w.getClearedAt(),
        w.getClearedReason());
  }
}
