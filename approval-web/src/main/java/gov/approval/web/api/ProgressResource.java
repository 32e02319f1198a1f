package gov.approval.web.api;

import gov.approval.casework.boundary.ProgressService;
import gov.approval.casework.boundary.ProgressView;
import gov.approval.web.portal.ProgressLimiter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/progress}: the public progress query by case number and check code, with the web
 * page's limit on failed queries per client address (the same counter, so switching between page
 * and API gains nothing).
 */
@Path("progress")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "progress")
public class ProgressResource {

  static final int MAX_LENGTH = 32;
  static final int TOO_MANY_REQUESTS = 429;

  @Inject ProgressService progress;

  @Inject ProgressLimiter limiter;

  @Context HttpServletRequest request;

  @GET
  @Operation(
      summary = "Case progress",
      description = "Status, dates, deadline with its explanation and the public timeline.")
  @APIResponse(
      responseCode = "404",
      description = "Wrong number or check code (one answer for both)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "429",
      description = "Too many failed queries from this address",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public ProgressView query(@QueryParam("number") String number, @QueryParam("code") String code) {
    String client = request.getRemoteAddr();
    if (limiter.blocked(client)) {
      throw Problem.of(TOO_MANY_REQUESTS, "progress.tooMany", ProgressLimiter.WINDOW.toMinutes())
          .asException();
    }
    if (blank(number)
        || blank(code)
        || number.length() > MAX_LENGTH
        || code.length() > MAX_LENGTH) {
      limiter.failed(client);
      throw Problem.of(Response.Status.NOT_FOUND, "progress.mismatch").asException();
    }
    return progress
        .query(number.strip(), code.strip())
        .orElseGet(
            () -> {
              limiter.failed(client);
              throw Problem.of(Response.Status.NOT_FOUND, "progress.mismatch").asException();
            });
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
