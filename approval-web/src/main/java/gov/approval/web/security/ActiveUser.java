package gov.approval.web.security;

import gov.approval.identity.entity.Permission;
import gov.approval.identity.entity.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.security.Principal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who is looking at the page, for the templates: logged in or not, staff or citizen, and whether
 * they hold a permission ({@code #{activeUser.can('ORG_MANAGE')}}). The checks that matter are
 * repeated in the boundaries.
 */
@Named
@RequestScoped
public class ActiveUser {

  /** The session attribute that keeps a login's permissions. */
  static final String PERMISSIONS_ATTRIBUTE = ActiveUser.class.getName() + ".permissions";

  @Inject SecurityContext security;

  @Inject HttpServletRequest request;

  /*
   * A page asks these many times (every menu entry, every rendered attribute), and each answer
   * costs the container a policy lookup: ask once per request, which is this bean's scope.
   */
  private Optional<Principal> principal;
  private final Map<String, Boolean> roles = new HashMap<>();
  private Set<Permission> permissions;

  private Optional<Principal> principal() {
    if (principal == null) {
      // The request's principal names the same caller; SecurityContext.getCallerPrincipal() costs a
      // search for the server's subject classes (class loading under a lock) on every call.
      principal = Optional.ofNullable(request.getUserPrincipal());
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
    return permissions().contains(Permission.valueOf(permission));
  }

  /**
   * The permissions of the logged-in user (none for visitors and citizens). The container fixes a
   * login's roles for its session, so they are asked once per login and kept in the session; every
   * staff page asks for them (the menu), and asking the container costs a policy lookup per role.
   */
  public Set<Permission> permissions() {
    if (permissions == null) {
      permissions = loadPermissions();
    }
    return permissions;
  }

  private Set<Permission> loadPermissions() {
    String username = getUsername();
    if (username == null) {
      return Set.of();
    }
    HttpSession session = request.getSession(false);
    if (session != null
        && session.getAttribute(PERMISSIONS_ATTRIBUTE) instanceof Held held
        && held.username().equals(username)) {
      return held.permissions();
    }
    Set<Permission> held = EnumSet.noneOf(Permission.class);
    for (Permission permission : Permission.values()) {
      if (inRole(permission.name())) {
        held.add(permission);
      }
    }
    held = Collections.unmodifiableSet(held);
    if (session != null) {
      session.setAttribute(PERMISSIONS_ATTRIBUTE, new Held(username, held));
    }
    return held;
  }

  /** A login's permissions as the session keeps them, with whose they are. */
  private record Held(String username, Set<Permission> permissions) implements Serializable {}
}
