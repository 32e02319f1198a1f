package gov.approval.casework.entity;

/** A case material's state as the applicant supplied it and staff judged it. */
public enum MaterialState {
  /** Nothing uploaded. */
  MISSING,
  /** A file is there and nobody objected. */
  SUPPLIED,
  /** Named in a correction notice (missing or defective); the applicant must supply it again. */
  TO_CORRECT,
  /** Accepted without it under 容缺; the applicant pledged to supply it by the make-up date. */
  DEFERRED
}
