package gov.approval.supervision.boundary;

import gov.approval.supervision.entity.RiskRule;
import gov.approval.supervision.entity.RiskState;
import java.time.Instant;

/** One risk event with its evidence and review. */
public record RiskEventRow(
    Long id,
    long version,
    RiskRule rule,
    Long caseId,
    String caseNumber,
    String departmentName,
    String staff,
    String facts,
    Instant detectedAt,
    RiskState state,
    String reviewReason,
    Long orderId) {

  /** Whether a supervisor may still dismiss it or turn it into an order (the entity's rule). */
  public boolean reviewable() {
    return state.isReviewable();
  }
}
