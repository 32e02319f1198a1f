package gov.approval.catalogue.entity;

/**
 * Whether a material is needed: mandatory (必要), optional (非必要, depending on the applicant's
 * situation) or deferrable: mandatory, but on the item's published 容缺 list, so a case may be
 * accepted without it against the applicant's pledge to hand it in by a deadline.
 */
public enum MaterialNecessity {
  MANDATORY,
  OPTIONAL,
  DEFERRABLE;

  /** Whether the applicant must hand it in at some point (now, or later under 容缺). */
  public boolean isRequired() {
    return this != OPTIONAL;
  }
}
