package gov.approval.evaluation.entity;

/** An interview (约谈) is followed up until the department's corrections are confirmed. */
public enum InterviewStatus {
  OPEN,
  CLOSED
}
