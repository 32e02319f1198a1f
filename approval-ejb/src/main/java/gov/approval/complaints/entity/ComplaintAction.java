package gov.approval.complaints.entity;

/** The entries of a complaint's timeline. */
public enum ComplaintAction {
  FILED,
  RECORDED,
  ROUTED,
  REPLIED,
  RATED,
  REOPENED,
  ESCALATED,
  RULED
}
