package gov.approval.complaints.entity;

/**
 * Whether a complaint proved justified (属实), ruled after the department's answer. Upheld and partly
 * upheld complaints count as upheld complaints (有效投诉) in the monthly evaluation.
 */
public enum ComplaintRuling {
  UPHELD,
  PARTLY_UPHELD,
  NOT_UPHELD;

  /** Whether the evaluation counts it against the department (and the staff member named). */
  public boolean counts() {
    return this != NOT_UPHELD;
  }
}
