package gov.approval.identity.entity;

/**
 * Role names as compile-time constants for {@code @RolesAllowed}. Every staff account holds {@link
 * #STAFF} plus the names of its permissions; every citizen holds {@link #CITIZEN}. A unit test
 * keeps these equal to {@link Permission}'s names.
 */
public final class Roles {

  public static final String STAFF = "STAFF";
  public static final String CITIZEN = "CITIZEN";

  public static final String ORG_VIEW = "ORG_VIEW";
  public static final String ORG_MANAGE = "ORG_MANAGE";
  public static final String DEPARTMENT_MANAGE = "DEPARTMENT_MANAGE";
  public static final String STAFF_MANAGE = "STAFF_MANAGE";
  public static final String CATALOGUE_EDIT = "CATALOGUE_EDIT";
  public static final String CATALOGUE_REVIEW = "CATALOGUE_REVIEW";
  public static final String CASE_VIEW = "CASE_VIEW";
  public static final String CASE_INTAKE = "CASE_INTAKE";
  public static final String CASE_ACCEPT = "CASE_ACCEPT";
  public static final String CASE_REVIEW = "CASE_REVIEW";
  public static final String CASE_DECIDE = "CASE_DECIDE";
  public static final String CASE_EXTEND = "CASE_EXTEND";
  public static final String SUPERVISE = "SUPERVISE";
  public static final String COMPLAINT_HANDLE = "COMPLAINT_HANDLE";
  public static final String EVALUATION_MANAGE = "EVALUATION_MANAGE";
  public static final String CALENDAR_EDIT = "CALENDAR_EDIT";
  public static final String JOB_MANAGE = "JOB_MANAGE";
  public static final String AUDIT_VIEW = "AUDIT_VIEW";

  private Roles() {}
}
