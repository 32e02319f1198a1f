package gov.approval.web.security;

import gov.approval.identity.entity.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * One form login for staff and citizens on {@code /login.xhtml}; the identity store is {@code
 * AccountIdentityStore} in the EJB module. The roles are declared so that pages can ask for any
 * permission.
 */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
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
