package gov.approval.complaints.entity;

/**
 * The stages of a complaint: waiting for a department (general complaints filed online), with the
 * department, answered, reopened once after an answer, closed by a rating.
 */
public enum ComplaintStatus {
  AWAITING_ROUTING,
  OPEN,
  REPLIED,
  REOPENED,
  CLOSED
}
