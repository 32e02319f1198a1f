package gov.approval.consultation.entity;

/** Where a question stands: waiting for the department's answer, or answered. */
public enum QuestionStatus {
  OPEN,
  ANSWERED
}
