package gov.approval.web.api;

import gov.approval.evaluation.boundary.RatingForm;
import gov.approval.evaluation.boundary.RatingService;
import gov.approval.evaluation.boundary.RatingView;
import gov.approval.evaluation.boundary.WindowRatingInfo;
import gov.approval.evaluation.entity.RatingLevel;
import gov.approval.platform.boundary.BusinessException;
import gov.approval.web.kiosk.RatingCodeLimiter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/window-ratings/{code}}: rating a window visit by its six-digit code without a login,
 * for hall kiosks and mini-program clients, as on the kiosk page. Wrong codes count against the
 * client address with the kiosk page's counter ({@link RatingCodeLimiter}), so switching between
 * page and API gains a guesser nothing; a wrong, expired or spent code is one answer.
 */
@Path("window-ratings/{code}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "window-ratings", description = "Rating a window visit by its code (no login)")
public class WindowRatingsResource {

  /** What the public learns of a rating it gave: never the case or the citizen. */
  public record WindowRated(RatingLevel level, boolean bad, Instant ratedAt) {}

  @Inject RatingService ratings;

  @Inject RatingCodeLimiter limiter;

  @Context HttpServletRequest request;

  @PathParam("code")
  String code;

  @GET
  @Operation(
      summary = "The visit of a rating code",
      description = "Item, department and clerk of the window visit the code names.")
  @APIResponse(
      responseCode = "422",
      description = "Wrong, expired or used code",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "429",
      description = "Too many wrong codes from this address",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public WindowRatingInfo visit() {
    return guarded(() -> ratings.windowRatingByCode(code));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Rate a window visit",
      description =
          "Body {level, comment, tags} as for my cases; the code is spent. Answers the level and"
              + " whether it was a bad review.")
  @APIResponse(
      responseCode = "201",
      description = "Rated",
      content = @Content(schema = @Schema(implementation = WindowRated.class)))
  @APIResponse(
      responseCode = "400",
      description = "Missing or unknown level or tag",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description = "Wrong, expired or used code",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "429",
      description = "Too many wrong codes from this address",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response rate(MyRatingResource.NewRating rating) {
    RatingForm form = MyRatingResource.form(rating);
    RatingView rated = guarded(() -> ratings.rateAtWindowByCode(code, form));
    return Response.status(Response.Status.CREATED)
        .entity(new WindowRated(rated.level(), rated.bad(), rated.ratedAt()))
        .build();
  }

  /** Runs {@code call} unless the client is blocked; a refused code counts as a failure. */
  private <T> T guarded(Supplier<T> call) {
    String client = request.getRemoteAddr();
    if (limiter.blocked(client)) {
      throw Problem.of(
              ProgressResource.TOO_MANY_REQUESTS,
              "kiosk_rate.tooMany",
              RatingCodeLimiter.WINDOW.toMinutes())
          .asException();
    }
    try {
      return call.get();
    } catch (BusinessException e) {
      if ("evaluation.window.codeInvalid".equals(e.getMessageKey())) {
        limiter.failed(client);
      }
      throw e;
    }
  }
}
