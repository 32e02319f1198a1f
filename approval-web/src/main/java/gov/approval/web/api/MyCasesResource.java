package gov.approval.web.api;

import gov.approval.casework.boundary.ApplicationService;
import gov.approval.casework.boundary.CaseRow;
import gov.approval.casework.boundary.CaseView;
import gov.approval.documents.boundary.Upload;
import gov.approval.platform.boundary.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/my/cases}: the token's citizen's own cases, and applying as on the web: a draft for
 * an item with the real-name data as applicant, material uploads (multipart, checked by content
 * like the web's), submission. Another citizen's case is "not found", whatever its id.
 */
@Path("my/cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "my")
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "A token from POST /api/tokens")
@SecurityRequirement(name = "bearer")
public class MyCasesResource {

  /** A new application: the item's implementation code and what the citizen applies for. */
  public record NewApplication(String itemCode, String description) {}

  @Inject ApplicationService applications;

  @Context SecurityContext security;

  @Context HttpHeaders headers;

  @GET
  @Operation(summary = "My cases", description = "Drafts and submitted cases, newest first.")
  public ListPage<CaseRow> list(@QueryParam("page") String page, @QueryParam("size") String size) {
    ApiCaller.requireCitizen(security, headers);
    Paging paging = Paging.of(page, size);
    Page<CaseRow> rows = applications.myCases(paging.request());
    return new ListPage<>(rows.rows(), rows.total(), paging.page(), paging.size());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One of my cases", description = "Status, deadline, materials, timeline.")
  @APIResponse(
      responseCode = "404",
      description = "No case of mine has this id",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public CaseView get(@PathParam("id") long id) {
    ApiCaller.requireCitizen(security, headers);
    return applications.myCase(id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Apply",
      description =
          "Creates a draft for a published item that can be applied for online; the applicant is"
              + " the citizen with their real-name data.")
  @APIResponse(
      responseCode = "201",
      description = "The draft",
      content = @Content(schema = @Schema(implementation = CaseView.class)))
  public Response apply(NewApplication application) {
    ApiCaller.requireCitizen(security, headers);
    if (application == null || application.itemCode() == null || application.itemCode().isBlank()) {
      throw Problem.of(Response.Status.BAD_REQUEST, "api.my.itemCodeRequired").asException();
    }
    CaseView draft =
        applications.startDraft(
            application.itemCode().strip(),
            applications.myApplicantDefaults(),
            application.description());
    return Response.status(Response.Status.CREATED).entity(draft).build();
  }

  @POST
  @Path("{id}/materials/{position}")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary = "Upload a material",
      description =
          "Multipart form with the part 'file' (PDF, JPG, PNG or OFD, checked by content); the"
              + " material's position counts from 0; version is the case version last read.")
  public CaseView upload(
      @PathParam("id") long id,
      @PathParam("position") int position,
      @Parameter(description = "The case's version last read") @QueryParam("version") Long version,
      List<EntityPart> parts)
      throws IOException {
    ApiCaller.requireCitizen(security, headers);
    if (version == null) {
      throw Problem.of(Response.Status.BAD_REQUEST, "api.my.versionRequired").asException();
    }
    EntityPart file =
        parts == null
            ? null
            : parts.stream().filter(p -> "file".equals(p.getName())).findFirst().orElse(null);
    if (file == null) {
      throw Problem.of(Response.Status.BAD_REQUEST, "api.my.fileRequired").asException();
    }
    byte[] content;
    try (InputStream in = file.getContent()) {
      content = in.readAllBytes();
    }
    String name = utf8(file.getFileName().orElse("material"));
    return applications.uploadMaterial(id, version, position, new Upload(name, content));
  }

  /**
   * The part's file name as the client meant it: clients send UTF-8 bytes in the header, which the
   * multipart reader decodes as ISO-8859-1, so Chinese names arrive garbled unless decoded again.
   */
  static String utf8(String name) {
    boolean latin1 = name.chars().allMatch(c -> c < 256);
    boolean high = name.chars().anyMatch(c -> c >= 128);
    if (!latin1 || !high) {
      return name;
    }
    byte[] bytes = name.getBytes(StandardCharsets.ISO_8859_1);
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    try {
      return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return name;
    }
  }

  @POST
  @Path("{id}/submission")
  @Operation(
      summary = "Submit",
      description = "Submits the draft; the answer carries the case number and check code.")
  public CaseView submit(
      @PathParam("id") long id,
      @Parameter(description = "The case's version last read") @QueryParam("version")
          Long version) {
    ApiCaller.requireCitizen(security, headers);
    if (version == null) {
      throw Problem.of(Response.Status.BAD_REQUEST, "api.my.versionRequired").asException();
    }
    return applications.submit(id, version);
  }
}
