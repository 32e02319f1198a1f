package gov.approval.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The statuses the JAX-RS runtime answers by itself (a method the path does not have, a body type
 * it does not read, an answer type it cannot give, an address it does not know) as problem bodies,
 * so a client never gets the server's HTML error page. A response that already carries a body
 * (every {@link Problem} thrown by a resource) and redirects pass unchanged.
 */
@Provider
public class StatusProblemMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
    Response response = e.getResponse();
    int status = response.getStatus();
    if (response.hasEntity() || status < 400) {
      return response;
    }
    String key =
        switch (status) {
          case 404 -> "api.problem.noSuchAddress";
          case 405 -> "api.problem.methodNotAllowed";
          case 406 -> "api.problem.notAcceptable";
          case 415 -> "api.problem.unsupportedMediaType";
          case 401, 403 -> "api.problem.forbidden";
          default -> status < 500 ? "api.problem.badRequest" : "api.problem.internal";
        };
    Response.ResponseBuilder problem = Response.fromResponse(Problem.of(status, key).response());
    // 405 must name the methods the path has (RFC 9110); the runtime put them in Allow.
    String allow = response.getHeaderString("Allow");
    return allow == null ? problem.build() : problem.header("Allow", allow).build();
  }
}
