package gov.approval.casework.entity;

/** A natural person (自然人) or an enterprise or other organisation (法人或其他组织). */
public enum ApplicantKind {
  PERSON,
  ENTERPRISE
}
