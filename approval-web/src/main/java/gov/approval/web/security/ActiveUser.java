package gov.approval.web.security;

import gov.approval.identity.entity.Permission;
import gov.approval.identity.entity.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who is looking at the page, for the templates: logged in or not, staff or citizen, and whether
 * they hold a permission ({@code #{activeUser.can('ORG_MANAGE')}}). The checks that matter are
 * repeated in the boundaries.
 */
@Named
@RequestScoped
public class ActiveUser {

  @Inject SecurityContext security;

  /*
   * A page asks these many times (every menu entry, every rendered attribute), and each answer
   * costs the container a policy lookup: ask once per request, which is this bean's scope.
   */
  private Optional<Principal> principal;
  private final Map<String, Boolean> roles = new HashMap<>();

  private Optional<Principal> principal() {
    if (principal == null) {
      principal = Optional.ofNullable(security.getCallerPrincipal());
    }
    return principal;
  }

  private boolean inRole(String role) {
    return principal().isPresent() && roles.computeIfAbsent(role, r -> security.isCallerInRole(r));
  }

  public boolean isLoggedIn() {
    return principal().isPresent();
  }

  public String getUsername() {
    return principal().map(Principal::getName).orElse(null);
  }

  public boolean isStaff() {
    return inRole(Roles.STAFF);
  }

  public boolean isCitizen() {
    return inRole(Roles.CITIZEN);
  }

  public boolean can(String permission) {
    return inRole(Permission.valueOf(permission).name());
  }
}
