package gov.approval.evaluation.entity;

/** A department's appeal against a review and how it was decided. */
public enum AppealStatus {
  PENDING,
  UPHELD,
  REJECTED
}
