package gov.approval.catalogue.entity;

/** The form in which a material is handed in: 原件, 复印件, 电子件. */
public enum MaterialForm {
  ORIGINAL,
  COPY,
  ELECTRONIC
}
