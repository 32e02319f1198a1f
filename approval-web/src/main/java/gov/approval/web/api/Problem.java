package gov.approval.web.api;

import gov.approval.web.i18n.Texts;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A problem response body (RFC 9457, {@code application/problem+json}): the status, a short title
 * and a detail for people, in Chinese, and the parameters that were wrong.
 */
@Schema(name = "Problem", description = "An error: what went wrong and which parameters were bad")
public record Problem(
    String type, String title, int status, String detail, List<InvalidParameter> invalidParams) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One bad parameter: its name, the value sent and why it was refused. */
  public record InvalidParameter(String name, String value, String reason) {}

  public static Problem of(Response.Status status, String detailKey, Object... arguments) {
    return new Problem(
        "about:blank",
        text("api.problem.title." + status.getStatusCode()),
        status.getStatusCode(),
        Texts.text(Locale.SIMPLIFIED_CHINESE, detailKey, arguments),
        List.of());
  }

  public Problem with(List<InvalidParameter> parameters) {
    return new Problem(type, title, status, detail, List.copyOf(parameters));
  }

  /** This problem as the exception that ends the request with it. */
  public WebApplicationException asException() {
    return new WebApplicationException(
        detail,
        Response.status(status)
            .type(MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8"))
            .entity(this)
            .build());
  }

  static String text(String key, Object... arguments) {
    return Texts.text(Locale.SIMPLIFIED_CHINESE, key, arguments);
  }
}
