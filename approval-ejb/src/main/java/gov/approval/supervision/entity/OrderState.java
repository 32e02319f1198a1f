package gov.approval.supervision.entity;

/** Where a correction order stands: open at the department, answered, or accepted (closed). */
public enum OrderState {
  OPEN,
  ANSWERED,
  ACCEPTED
}
