package gov.approval.web.api;

import gov.approval.catalogue.boundary.PublicCatalogue;
import gov.approval.catalogue.boundary.PublicChange;
import gov.approval.catalogue.boundary.ReformRoundRow;
import gov.approval.catalogue.boundary.ReformService;
import gov.approval.platform.boundary.Page;
import gov.approval.platform.boundary.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/changes}: the public changelog since a day and of one reform round, paged. */
@Path("changes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "changes")
public class ChangesResource {

  static final int DEFAULT_SIZE = 50;
  static final int MAX_SIZE = 200;

  @Inject PublicCatalogue catalogue;

  @Inject ReformService reforms;

  @GET
  @Operation(
      summary = "The public changelog",
      description =
          "Publications, suspensions, list changes and reform outcomes, newest first, without who"
              + " made them.")
  @APIResponse(
      responseCode = "200",
      description = "A page of changes",
      content = @Content(schema = @Schema(implementation = ChangePage.class)))
  @APIResponse(
      responseCode = "400",
      description = "A parameter is invalid",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public ChangePage changes(
      @Parameter(description = "First day (YYYY-MM-DD, in the city's time zone)")
          @QueryParam("since")
          String since,
      @Parameter(description = "Reform round id (see the changes' roundId)") @QueryParam("round")
          String round,
      @Parameter(description = "Page, from 1") @QueryParam("page") String page,
      @Parameter(description = "Page size, 1 to 200, 50 by default") @QueryParam("size")
          String size) {
    List<Problem.InvalidParameter> problems = new ArrayList<>();
    LocalDate sinceDay = null;
    if (since != null && !since.isBlank()) {
      try {
        sinceDay = LocalDate.parse(since.strip());
      } catch (DateTimeParseException e) {
        problems.add(bad("since", since, "api.problem.date", "YYYY-MM-DD"));
      }
    }
    Long roundId = null;
    if (round != null && !round.isBlank()) {
      roundId =
          reforms.rounds().stream()
              .map(ReformRoundRow::id)
              .filter(id -> String.valueOf(id).equals(round.strip()))
              .findFirst()
              .orElse(null);
      if (roundId == null) {
        problems.add(bad("round", round, "api.problem.unknownRound", null));
      }
    }
    int pageNumber = number("page", page, 1, Integer.MAX_VALUE / MAX_SIZE, 1, problems);
    int pageSize = number("size", size, 1, MAX_SIZE, DEFAULT_SIZE, problems);
    if (!problems.isEmpty()) {
      throw Problem.of(Response.Status.BAD_REQUEST, "api.problem.badParameters")
          .with(problems)
          .asException();
    }
    Page<PublicChange> changes =
        catalogue.changes(PageRequest.of((pageNumber - 1) * pageSize, pageSize), sinceDay, roundId);
    return new ChangePage(changes.rows(), changes.total(), pageNumber, pageSize);
  }

  private static int number(
      String name,
      String value,
      int min,
      int max,
      int fallback,
      List<Problem.InvalidParameter> problems) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value.strip());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(bad(name, value, "api.problem.range", min + "–" + max));
    return fallback;
  }

  private static Problem.InvalidParameter bad(
      String name, String value, String key, String allowed) {
    return new Problem.InvalidParameter(name, value, Problem.text(key, name, value, allowed));
  }
}
