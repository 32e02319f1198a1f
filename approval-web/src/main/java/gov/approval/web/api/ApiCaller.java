package gov.approval.web.api;

import gov.approval.identity.entity.Roles;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The check at the top of every {@code /api/my} method: the request must carry a valid citizen's
 * token (the login mechanism turned it into the caller). Without one the answer is 401 with a
 * problem body and a {@code WWW-Authenticate: Bearer} challenge, never a redirect to a login page.
 */
final class ApiCaller {

  private ApiCaller() {}

  static void requireCitizen(SecurityContext security, HttpHeaders headers) {
    if (security.getUserPrincipal() != null && security.isUserInRole(Roles.CITIZEN)) {
      return;
    }
    String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
    String key = authorization == null ? "api.token.required" : "api.token.invalid";
    Problem problem = Problem.of(Response.Status.UNAUTHORIZED, key);
    throw new WebApplicationException(
        problem.detail(),
        Response.fromResponse(problem.response())
            .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"approval\"")
            .build());
  }
}
