package gov.approval.identity.entity;

/**
 * What a user may do. Pages ask {@code activeUser.can(...)} and boundaries name them in
 * {@code @RolesAllowed} through {@link Roles}; positions grant them ({@link Position}).
 */
public enum Permission {
  ORG_VIEW,
  /** Regions, halls and every department. */
  ORG_MANAGE,
  /** The own department's section, windows and chief representative. */
  DEPARTMENT_MANAGE,
  /** Staff accounts and positions (all departments with ORG_MANAGE, else the own one). */
  STAFF_MANAGE,
  CATALOGUE_EDIT,
  CATALOGUE_REVIEW,
  CASE_VIEW,
  CASE_INTAKE,
  CASE_ACCEPT,
  CASE_REVIEW,
  CASE_DECIDE,
  CASE_EXTEND,
  SUPERVISE,
  COMPLAINT_HANDLE,
  EVALUATION_MANAGE,
  CALENDAR_EDIT,
  JOB_MANAGE,
  AUDIT_VIEW
}
