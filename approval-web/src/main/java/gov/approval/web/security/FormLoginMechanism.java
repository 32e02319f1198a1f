package gov.approval.web.security;

import gov.approval.portal.boundary.ApiTokens;
import gov.approval.web.kiosk.KioskMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/**
 * The form login for staff and citizens on {@code /login.xhtml}. A visitor of a protected page is
 * redirected there (the page is remembered for after the login, see {@link LoginBacking}); the
 * login then stays in the session. Wrong credentials get no HTTP error, so that the login page
 * itself can say what went wrong (wrong password, account locked) in the user's language.
 *
 * <p>The login is kept in the session by this mechanism itself, not by {@code @AutoApplySession}:
 * that interceptor registers a session for every successful authentication, so each token request
 * of the mobile API created a session that no client ever sent back. A token authenticates its own
 * request only.
 */
@ApplicationScoped
public class FormLoginMechanism implements HttpAuthenticationMechanism {

  static final String LOGIN_PAGE = "/login.xhtml";
  static final String CALLER = FormLoginMechanism.class.getName() + ".caller";
  static final String CONTINUE_TO = FormLoginMechanism.class.getName() + ".continueTo";

  @Inject IdentityStoreHandler identityStores;

  @Inject ApiTokens apiTokens;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      CredentialValidationResult result = identityStores.validate(credential);
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      request
          .getSession(true)
          .setAttribute(
              CALLER,
              new Caller(
                  result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
      return context.notifyContainerAboutLogin(result);
    }
    // The mobile API's citizens send a token instead of a session; an unknown or expired one
    // leaves the caller anonymous, and the API answers that with its own problem body.
    String authorization = request.getHeader("Authorization");
    if (authorization != null
        && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
        && request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      return apiTokens
          .authenticate(authorization.substring(7))
          .map(caller -> context.notifyContainerAboutLogin(caller.username(), caller.roles()))
          .orElseGet(context::doNothing);
    }
    // A login of this session (ended by the logout, which invalidates the session).
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(CALLER) instanceof Caller caller) {
      return context.notifyContainerAboutLogin(caller.name(), caller.groups());
    }
    if (context.isProtected() && KioskMode.isOn(request)) {
      // A kiosk never shows the login (nor starts a session for it): back to the kiosk start page.
      return context.redirect(request.getContextPath() + KioskMode.HOME);
    }
    if (context.isProtected()) {
      String query = request.getQueryString();
      String target = request.getRequestURI() + (query == null ? "" : "?" + query);
      if ("GET".equals(request.getMethod())) {
        request.getSession().setAttribute(CONTINUE_TO, target);
      }
      return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }
    return context.doNothing();
  }

  /** Who logged in to a session, with the groups the identity store gave. */
  record Caller(String name, Set<String> groups) implements Serializable {}
}
