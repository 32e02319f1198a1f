package gov.approval.casework.entity;

/** 准予 or 不予 (the licence, registration or service asked for). */
public enum Decision {
  GRANT,
  DENY
}
