package gov.approval.web.api;

import gov.approval.evaluation.boundary.RatingForm;
import gov.approval.evaluation.boundary.RatingService;
import gov.approval.evaluation.boundary.RatingView;
import gov.approval.evaluation.entity.RatingLevel;
import gov.approval.evaluation.entity.RatingTag;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/my/cases/{id}/rating}: the token's citizen rates their completed case (好差评) as on the
 * case page: once, with a level, optional comment and tags; a bad review opens a rectification
 * whose result the citizen rates in turn. Another citizen's case is "not found", like every
 * own-case call; the level and tags are checked here so a wrong name is a 400 with its message key,
 * not a reader's error.
 */
@Path("my/cases/{id}/rating")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "my")
@SecurityRequirement(name = "bearer")
public class MyRatingResource {

  /** A rating as sent: level (a RatingLevel name), optional comment and tags (RatingTag names). */
  public record NewRating(String level, String comment, List<String> tags) {}

  /** The citizen's rating of the rectification of their bad review (a RatingLevel name). */
  public record RectificationRating(String level) {}

  @Inject RatingService ratings;

  @Context SecurityContext security;

  @Context HttpHeaders headers;

  @PathParam("id")
  long id;

  @GET
  @Operation(
      summary = "My rating of a case",
      description =
          "The citizen's online rating of their case, with the rectification of a bad review.")
  @APIResponse(
      responseCode = "404",
      description = "No case of mine has this id, or I have not rated it",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public RatingView get() {
    ApiCaller.requireCitizen(security, headers);
    return ratings
        .myRating(id)
        .orElseThrow(() -> Problem.of(Response.Status.NOT_FOUND, "api.rating.none").asException());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Rate my case",
      description =
          "Once per completed case: level (VERY_SATISFIED, SATISFIED, BASIC, DISSATISFIED,"
              + " VERY_DISSATISFIED), optional comment and tags. A bad review opens its"
              + " rectification.")
  @APIResponse(
      responseCode = "201",
      description = "The rating",
      content = @Content(schema = @Schema(implementation = RatingView.class)))
  @APIResponse(
      responseCode = "400",
      description = "Missing or unknown level or tag, comment too long",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description = "Already rated, or the case is not completed",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response rate(NewRating rating) {
    ApiCaller.requireCitizen(security, headers);
    return Response.status(Response.Status.CREATED)
        .entity(ratings.rateOnline(id, form(rating)))
        .build();
  }

  @POST
  @Path("rectification")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Rate the rectification",
      description = "Once, how the bad review of my case was put right: {\"level\": ...}.")
  @APIResponse(
      responseCode = "404",
      description = "No case of mine has this id, or no rectification of my rating",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public RatingView rateRectification(RectificationRating rating) {
    ApiCaller.requireCitizen(security, headers);
    return ratings.rateRectification(id, level(rating == null ? null : rating.level()));
  }

  /** The body as the boundary's form; a missing body is a missing level. */
  static RatingForm form(NewRating rating) {
    return rating == null
        ? new RatingForm(level(null), null, Set.of())
        : new RatingForm(level(rating.level()), rating.comment(), tags(rating.tags()));
  }

  static RatingLevel level(String name) {
    if (name == null || name.isBlank()) {
      throw invalid("level", name, "api.rating.levelRequired");
    }
    try {
      return RatingLevel.valueOf(name.strip());
    } catch (IllegalArgumentException e) {
      throw invalid("level", name, "api.rating.levelInvalid");
    }
  }

  static Set<RatingTag> tags(List<String> names) {
    if (names == null || names.isEmpty()) {
      return Set.of();
    }
    List<RatingTag> tags = new ArrayList<>();
    for (String name : names) {
      try {
        tags.add(RatingTag.valueOf(name == null ? "" : name.strip()));
      } catch (IllegalArgumentException e) {
        throw invalid("tags", name, "api.rating.tagInvalid");
      }
    }
    return EnumSet.copyOf(tags);
  }

  private static WebApplicationException invalid(String parameter, String value, String key) {
    String allowed =
        Arrays.toString("level".equals(parameter) ? RatingLevel.values() : RatingTag.values());
    return Problem.of(Response.Status.BAD_REQUEST, key, allowed)
        .with(
            List.of(
                new Problem.InvalidParameter(
                    parameter, String.valueOf(value), Problem.text(key, allowed))))
        .asException();
  }
}
