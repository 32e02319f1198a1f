package gov.approval.casework.entity;

/** Procedures that do not count toward the limit (Licensing Law Art. 45). */
public enum SpecialProcedure {
  HEARING,
  TESTING,
  INSPECTION,
  EXPERT_REVIEW,
  PUBLIC_NOTICE,
  QUARANTINE,
  OTHER
}
