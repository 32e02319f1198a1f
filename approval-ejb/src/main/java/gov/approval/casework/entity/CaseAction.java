package gov.approval.casework.entity;

/**
 * What happened to a case, as its timeline shows it. Most actions are mailed to the applicant;
 * uploads, assignments and the draft's creation are not.
 */
public enum CaseAction {
  DRAFTED(false),
  SUBMITTED(true),
  REGISTERED_AT_WINDOW(true),
  MATERIAL_UPLOADED(false),
  PRE_REVIEWED(true),
  CORRECTION_REQUESTED(true),
  CORRECTION_ANSWERED(true),
  ACCEPTED(true),
  DEEMED_ACCEPTED(true),
  ACCEPTED_WITH_DEFICIENCIES(true),
  DEFICIENCY_SUPPLIED(true),
  DEFICIENCY_REMINDED(true),
  REFUSED(true),
  STEP_ASSIGNED(false),
  STEP_COMPLETED(true),
  SUSPENDED(true),
  RESUMED(true),
  EXTENDED(true),
  DECIDED(true),
  COMPLETED(true),
  DELIVERED(true),
  WITHDRAWN(true),
  TERMINATED(true),
  /** A fee charged, recorded by staff at the decision or completion. */
  FEE_RECORDED(false);

  private final boolean mailed;

  CaseAction(boolean mailed) {
    this.mailed = mailed;
  }

  /** Whether the applicant gets a mail about it. */
  public boolean isMailed() {
    return mailed;
  }
}
