package gov.approval.supervision.entity;

/** A risk event waits for review, was dismissed with a reason, or became a correction order. */
public enum RiskState {
  OPEN,
  DISMISSED,
  ORDERED
}
