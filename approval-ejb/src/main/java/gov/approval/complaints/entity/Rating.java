package gov.approval.complaints.entity;

/** The complainant's verdict on a reply. */
public enum Rating {
  SATISFIED,
  UNSATISFIED
}
