package gov.approval.web.api;

import gov.approval.platform.boundary.AccessDeniedException;
import gov.approval.platform.boundary.BusinessException;
import gov.approval.platform.boundary.ConcurrentChangeException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * An expected refusal of a boundary as a problem body with its message key: 401 for token logins
 * refused, 403 for another department's or person's rows, 409 for a concurrent change, and 422 for
 * every rule the request broke (a case in the wrong status, a file of the wrong type...).
 */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

  static final int UNPROCESSABLE = 422;

  @Override
  public Response toResponse(BusinessException e) {
    int status;
    if (e.getMessageKey().startsWith("api.token.")) {
      status = Response.Status.UNAUTHORIZED.getStatusCode();
    } else if (e instanceof AccessDeniedException) {
      status = Response.Status.FORBIDDEN.getStatusCode();
    } else if (e instanceof ConcurrentChangeException) {
      status = Response.Status.CONFLICT.getStatusCode();
    } else {
      status = UNPROCESSABLE;
    }
    return Problem.of(status, e.getMessageKey(), e.getArguments().toArray()).response();
  }
}
