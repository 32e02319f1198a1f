package gov.approval.identity.entity;

/** Staff log in to the back office; citizens (persons and enterprise agents) to the portal. */
public enum AccountKind {
  STAFF,
  CITIZEN
}
