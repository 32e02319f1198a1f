package gov.approval.supervision.entity;

/** A risk event waits for review, was dismissed with a reason, or became a correction order. */
public enum RiskState {
  OPEN,
  DISMISSED,
  ORDERED;

  /** Only an event still waiting may be dismissed or turned into an order. */
  public boolean isReviewable() {
    return this == OPEN;
  }
}
