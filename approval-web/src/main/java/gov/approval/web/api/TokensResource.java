package gov.approval.web.api;

import gov.approval.portal.boundary.ApiTokens;
import gov.approval.portal.boundary.IssuedToken;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/tokens}: a citizen logs in with mobile and password and gets an opaque token for
 * {@code Authorization: Bearer}; the same failure count and lockout as the web login apply.
 */
@Path("tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "tokens")
public class TokensResource {

  /** The login of a mobile client. */
  public record Credentials(String mobile, String password) {}

  @Inject ApiTokens tokens;

  @Context HttpHeaders headers;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Log in",
      description = "Issues a token for a citizen's mobile and password.")
  @APIResponse(
      responseCode = "201",
      description = "The token, shown once",
      content = @Content(schema = @Schema(implementation = IssuedToken.class)))
  @APIResponse(
      responseCode = "401",
      description = "Wrong credentials, locked or inactive account, or not a citizen",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response issue(Credentials credentials) {
    if (credentials == null
        || credentials.mobile() == null
        || credentials.mobile().isBlank()
        || credentials.password() == null
        || credentials.password().isEmpty()) {
      throw Problem.of(Response.Status.BAD_REQUEST, "api.token.credentialsRequired").asException();
    }
    IssuedToken issued = tokens.issue(credentials.mobile(), credentials.password());
    return Response.status(Response.Status.CREATED).entity(issued).build();
  }

  @DELETE
  @Path("current")
  @Operation(summary = "Log out", description = "Ends the token sent in the Authorization header.")
  @APIResponse(responseCode = "204", description = "The token no longer works")
  public Response revoke() {
    String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      tokens.revoke(authorization.substring(7));
    }
    return Response.noContent().build();
  }
}
