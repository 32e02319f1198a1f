package gov.approval.web.api;

import gov.approval.platform.boundary.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An item or round that does not exist for the public: 404 with a problem body. */
@Provider
public class NotFoundMapper implements ExceptionMapper<NotFoundException> {

  @Override
  public Response toResponse(NotFoundException e) {
    return Response.status(Response.Status.NOT_FOUND)
        .type(MediaType.valueOf(Problem.MEDIA_TYPE + ";charset=UTF-8"))
        .entity(Problem.of(Response.Status.NOT_FOUND, "api.problem.notFound"))
        .build();
  }
}
