package gov.approval.casework.entity;

import gov.approval.identity.entity.Permission;
import java.util.Set;

/**
 * What staff may do to a case, each with the permissions that allow it (any one of them, as the
 * boundary's {@code @RolesAllowed} says). Whether the case's state allows it is the case's rule
 * ({@link ApprovalCase#allows}); the case page offers what both allow ({@link
 * ApprovalCase#actionsFor}).
 */
public enum StaffAction {
  PRE_REVIEW("preReview", Permission.CASE_ACCEPT),
  REQUEST_CORRECTION("requestCorrection", Permission.CASE_ACCEPT),
  ACCEPT("accept", Permission.CASE_ACCEPT),
  ACCEPT_WITH_DEFICIENCIES("acceptWithDeficiencies", Permission.CASE_ACCEPT),
  REFUSE("refuse", Permission.CASE_ACCEPT),
  UPLOAD_SCAN("uploadScan", Permission.CASE_INTAKE),
  ASSIGN("assign", Permission.CASE_REVIEW, Permission.CASE_DECIDE),
  COMPLETE_STEP("completeStep", Permission.CASE_REVIEW),
  SUSPEND("suspend", Permission.CASE_REVIEW, Permission.CASE_DECIDE),
  RESUME("resume", Permission.CASE_REVIEW, Permission.CASE_DECIDE),
  EXTEND("extend", Permission.CASE_EXTEND),
  DECIDE("decide", Permission.CASE_DECIDE),
  COMPLETE("complete", Permission.CASE_DECIDE, Permission.CASE_ACCEPT),
  DELIVER("deliver", Permission.CASE_DECIDE, Permission.CASE_ACCEPT),
  RECORD_FEE("recordFee", Permission.CASE_DECIDE, Permission.CASE_ACCEPT);

  private final String label;
  private final Set<Permission> allowedTo;

  StaffAction(String label, Permission... allowedTo) {
    this.label = label;
    this.allowedTo = Set.of(allowedTo);
  }

  /** The name a refusal message shows ("casework.transition.notAllowed.*"). */
  public String label() {
    return label;
  }

  /** Whether one of {@code held} allows this action. */
  public boolean allowedTo(Set<Permission> held) {
    return held.stream().anyMatch(allowedTo::contains);
  }
}
