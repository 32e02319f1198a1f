package gov.approval.catalogue.entity;

/**
 * The kind of case an item produces: 即办件 (decided on the spot, promised limit 0), 承诺件 (within the
 * promised limit), 联办件 (several departments, the lead closes last) and 上报件 (decided at a higher
 * level).
 */
public enum CaseKind {
  IMMEDIATE,
  PROMISED,
  JOINT,
  REPORTED
}
