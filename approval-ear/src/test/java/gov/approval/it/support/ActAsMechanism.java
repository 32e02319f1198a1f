package gov.approval.it.support;

import gov.approval.identity.boundary.LoginService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.CallerOnlyCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;

/**
 * The authentication of the in-container test deployment only: Arquillian's servlet protocol names
 * the test class and method in each request, and this logs in the user of that method's {@link
 * ActAs} with their real roles (from the platform's own {@link LoginService}). Without the
 * annotation the test runs anonymously.
 */
@ApplicationScoped
public class ActAsMechanism implements HttpAuthenticationMechanism {

  @Inject LoginService logins;

  /** The request attribute holding the response, for {@link SwitchUser} to re-authenticate. */
  static final String RESPONSE = ActAsMechanism.class.getName() + ".response";

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (context.isAuthenticationRequest()
        && context.getAuthParameters().getCredential() instanceof CallerOnlyCredential switched) {
      // A test switching to another user mid-method (SwitchUser).
      return context.notifyContainerAboutLogin(
          switched.getCaller(), logins.rolesOf(switched.getCaller()));
    }
    request.setAttribute(RESPONSE, response);
    Optional<String> user =
        actAs(request.getParameter("className"), request.getParameter("methodName"));
    if (user.isEmpty()) {
      return context.doNothing();
    }
    return context.notifyContainerAboutLogin(user.get(), logins.rolesOf(user.get()));
  }

  private static Optional<String> actAs(String className, String methodName) {
    if (className == null || methodName == null) {
      return Optional.empty();
    }
    try {
      Class<?> type =
          Class.forName(className, false, Thread.currentThread().getContextClassLoader());
      Optional<ActAs> onMethod =
          Arrays.stream(type.getDeclaredMethods())
              .filter(m -> m.getName().equals(methodName))
              .map((Method m) -> m.getAnnotation(ActAs.class))
              .filter(a -> a != null)
              .findFirst();
      return onMethod
          .or(() -> Optional.ofNullable(type.getAnnotation(ActAs.class)))
          .map(ActAs::value);
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
  }
}
