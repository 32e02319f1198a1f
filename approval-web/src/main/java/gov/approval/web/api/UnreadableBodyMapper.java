package gov.approval.web.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A request body the JSON reader cannot turn into the resource's record (broken JSON, an array
 * where an object belongs): the client's mistake, so 400 with a problem body, not a 500 page.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

  private static final Logger LOG = Logger.getLogger(UnreadableBodyMapper.class.getName());

  @Override
  public Response toResponse(ProcessingException e) {
    // Fine, not warning: a client sending bad JSON is no fault of the server's.
    LOG.log(Level.FINE, "unreadable request body", e);
    return Problem.of(Response.Status.BAD_REQUEST, "api.problem.unreadableBody").response();
  }
}
