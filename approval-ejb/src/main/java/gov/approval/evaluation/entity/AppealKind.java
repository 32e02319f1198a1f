package gov.approval.evaluation.entity;

/** Why a department says a review should not count. */
public enum AppealKind {
  /** 误评: e.g. meant for another department or service. */
  MISTAKEN,
  /** 恶意差评. */
  MALICIOUS
}
