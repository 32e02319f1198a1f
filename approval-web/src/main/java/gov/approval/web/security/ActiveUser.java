package gov.approval.web.security;

import gov.approval.identity.entity.Permission;
import gov.approval.identity.entity.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/**
 * Who is looking at the page, for the templates: logged in or not, staff or citizen, and whether
 * they hold a permission ({@code #{activeUser.can('ORG_MANAGE')}}). The checks that matter are
 * repeated in the boundaries.
 */
@Named
@RequestScoped
public class ActiveUser {

  @Inject SecurityContext security;

  public boolean isLoggedIn() {
    return security.getCallerPrincipal() != null;
  }

  public String getUsername() {
    Principal principal = security.getCallerPrincipal();
    return principal == null ? null : principal.getName();
  }

  public boolean isStaff() {
    return security.isCallerInRole(Roles.STAFF);
  }

  public boolean isCitizen() {
    return security.isCallerInRole(Roles.CITIZEN);
  }

  public boolean can(String permission) {
    return security.isCallerInRole(Permission.valueOf(permission).name());
  }
}
