package gov.approval.it.support;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.CallerOnlyCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets one in-container test act as several people in turn, e.g. an editor who drafts and a
 * reviewer who approves, or two editors on one item: {@code switchUser.to("fgw.head")} logs the
 * running test in again as that demo user, with their real roles, for the rest of the method (or
 * until the next switch). {@link ActAs} still names who the method starts as.
 */
@Dependent
public class SwitchUser {

  @Inject SecurityContext security;

  @Inject HttpServletRequest request;

  public void to(String username) {
    HttpServletResponse response =
        (HttpServletResponse) request.getAttribute(ActAsMechanism.RESPONSE);
    AuthenticationStatus status =
        security.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .credential(new CallerOnlyCredential(username))
                .newAuthentication(true));
    if (status != AuthenticationStatus.SUCCESS
        || security.getCallerPrincipal() == null
        || !username.equals(security.getCallerPrincipal().getName())) {
      throw new IllegalStateException("could not switch to " + username + ": " + status);
    }
  }
}
