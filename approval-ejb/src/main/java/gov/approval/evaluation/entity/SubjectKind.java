package gov.approval.evaluation.entity;

/** Who a score is for. */
public enum SubjectKind {
  DEPARTMENT,
  STAFF
}
