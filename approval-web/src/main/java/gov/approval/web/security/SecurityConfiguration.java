package gov.approval.web.security;

import gov.approval.identity.entity.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Declares every role, so that pages can ask for any permission. The login itself is {@link
 * FormLoginMechanism}; the identity store is {@code AccountIdentityStore} in the EJB module.
 */
@DeclareRoles({
  Roles.STAFF,
  Roles.CITIZEN,
  Roles.ORG_VIEW,
  Roles.ORG_MANAGE,
  Roles.DEPARTMENT_MANAGE,
  Roles.STAFF_MANAGE,
  Roles.CATALOGUE_EDIT,
  Roles.CATALOGUE_REVIEW,
  Roles.CASE_VIEW,
  Roles.CASE_INTAKE,
  Roles.CASE_ACCEPT,
  Roles.CASE_REVIEW,
  Roles.CASE_DECIDE,
  Roles.CASE_EXTEND,
  Roles.SUPERVISE,
  Roles.COMPLAINT_HANDLE,
  Roles.EVALUATION_MANAGE,
  Roles.CALENDAR_EDIT,
  Roles.JOB_MANAGE,
  Roles.AUDIT_VIEW
})
@ApplicationScoped
public class SecurityConfiguration {}
