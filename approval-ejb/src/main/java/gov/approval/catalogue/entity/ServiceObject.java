package gov.approval.catalogue.entity;

/** Whom an item serves (服务对象): natural persons, legal persons and other organisations. */
public enum ServiceObject {
  INDIVIDUAL,
  ENTERPRISE
}
