package gov.approval.web.api;

import gov.approval.platform.boundary.NotFoundException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Something that does not exist for the caller: 404 with a problem body. Under {@code /api/my} it
 * is a case or question that is not the citizen's own (the same answer as for no such record, so
 * ids reveal nothing); elsewhere an item or round unknown to the public.
 */
@Provider
public class NotFoundMapper implements ExceptionMapper<NotFoundException> {

  @Context UriInfo uri;

  @Override
  public Response toResponse(NotFoundException e) {
    String key =
        uri.getPath().startsWith("my/") ? "api.problem.notFoundMine" : "api.problem.notFound";
    return Problem.of(Response.Status.NOT_FOUND, key).response();
  }
}
