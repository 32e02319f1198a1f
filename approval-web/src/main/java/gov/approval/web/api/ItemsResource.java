package gov.approval.web.api;

import gov.approval.catalogue.boundary.PublicCatalogue;
import gov.approval.catalogue.boundary.PublicGuide;
import gov.approval.catalogue.boundary.PublicItemRow;
import gov.approval.platform.boundary.Page;
import gov.approval.web.portal.ItemQuery;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/items}: the published catalogue with the browse page's filters and paging, and one
 * item's guide. The parameters are read by {@link ItemQuery} like the page's; any bad one answers
 * 400 with every problem listed.
 */
@Path("items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "items")
public class ItemsResource {

  @Inject PublicCatalogue catalogue;

  @Context UriInfo uri;

  @GET
  @Operation(
      summary = "Published items",
      description =
          "Items in force (published or suspended), filtered and paged. q matches substrings of"
              + " names and keywords, Chinese included.")
  @Parameters({
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Search text, e.g. 食品"),
    @Parameter(name = "dept", in = ParameterIn.QUERY, description = "Department code, e.g. SYJ"),
    @Parameter(
        name = "theme",
        in = ParameterIn.QUERY,
        description = "Whom the item serves",
        schema = @Schema(enumeration = {"INDIVIDUAL", "ENTERPRISE"})),
    @Parameter(
        name = "level",
        in = ParameterIn.QUERY,
        description = "Region level where it is exercised",
        schema = @Schema(enumeration = {"CITY", "COUNTY", "TOWN", "VILLAGE"})),
    @Parameter(
        name = "online",
        in = ParameterIn.QUERY,
        description = "Online level",
        schema = @Schema(enumeration = {"FULL", "PARTIAL", "NONE"})),
    @Parameter(
        name = "type",
        in = ParameterIn.QUERY,
        description = "Item type by name (LICENSING) or national code (01)"),
    @Parameter(name = "list", in = ParameterIn.QUERY, description = "List code, e.g. APPROVAL"),
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "Page, from 1"),
    @Parameter(
        name = "size",
        in = ParameterIn.QUERY,
        description = "Page size, 1 to 100, 20 by default"),
    @Parameter(
        name = "sort",
        in = ParameterIn.QUERY,
        description =
            "code, name, type, department, level, online or updated; '-' first: descending")
  })
  @APIResponse(
      responseCode = "200",
      description = "A page of items",
      content = @Content(schema = @Schema(implementation = ItemPage.class)))
  @APIResponse(
      responseCode = "400",
      description = "A parameter is invalid",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public ItemPage items() {
    ItemQuery.Parsed parsed = ItemQuery.parse(uri.getQueryParameters()::getFirst);
    if (!parsed.valid()) {
      throw Problem.of(Response.Status.BAD_REQUEST, "api.problem.badParameters")
          .with(
              parsed.problems().stream()
                  .map(
                      p ->
                          new Problem.InvalidParameter(
                              p.parameter(),
                              p.value(),
                              Problem.text(p.messageKey(), p.parameter(), p.value(), p.allowed())))
                  .toList())
          .asException();
    }
    ItemQuery query = parsed.query();
    Page<PublicItemRow> page = catalogue.page(query.pageRequest(), query.filter());
    return new ItemPage(page.rows(), page.total(), query.page(), query.size());
  }

  @GET
  @Path("{code}")
  @Operation(
      summary = "The guide of one item",
      description =
          "Everything the published version holds. A suspended item has its reason, an ended one"
              + " says how and by which reform round it ended.")
  @APIResponse(
      responseCode = "200",
      description = "The guide",
      content = @Content(schema = @Schema(implementation = PublicGuide.class)))
  @APIResponse(
      responseCode = "404",
      description = "No published item has this code",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public PublicGuide item(
      @Parameter(description = "Implementation code, e.g. 01001010006105003SCJG") @PathParam("code")
          String code) {
    if (code == null || !code.matches("[A-Za-z0-9]{1,64}")) {
      throw Problem.of(Response.Status.NOT_FOUND, "api.problem.notFound").asException();
    }
    return catalogue.guide(code);
  }
}
