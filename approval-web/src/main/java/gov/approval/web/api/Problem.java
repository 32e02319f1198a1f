package gov.approval.web.api;

import gov.approval.web.i18n.Texts;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A problem response body (RFC 9457, {@code application/problem+json}), the API's one error format:
 * the status, a short title, the message key a client can switch on, the message for people in the
 * request's language ({@code Accept-Language} zh or en, Chinese by default, see {@link
 * ApiLanguage}), and the parameters that were wrong.
 */
@Schema(
    name = "Problem",
    description = "An error: what went wrong, its message key, and which parameters were bad")
public record Problem(
    String type,
    String title,
    int status,
    String messageKey,
    String detail,
    List<InvalidParameter> invalidParams) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One bad parameter: its name, the value sent and why it was refused. */
  public record InvalidParameter(String name, String value, String reason) {}

  public static Problem of(Response.Status status, String detailKey, Object... arguments) {
    return of(status.getStatusCode(), detailKey, arguments);
  }

  public static Problem of(int status, String detailKey, Object... arguments) {
    return new Problem(
        "about:blank",
        text("api.problem.title." + status),
        status,
        detailKey,
        text(detailKey, arguments),
        List.of());
  }

  public Problem with(List<InvalidParameter> parameters) {
    return new Problem(type, title, status, messageKey, detail, List.copyOf(parameters));
  }

  /** This problem as a response. */
  public Response response() {
    return Response.status(status)
        .type(MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8"))
        .entity(this)
        .build();
  }

  /** This problem as the exception that ends the request with it. */
  public WebApplicationException asException() {
    return new WebApplicationException(detail, response());
  }

  static String text(String key, Object... arguments) {
    return Texts.text(ApiLanguage.current(), key, arguments);
  }
}
