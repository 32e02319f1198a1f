package gov.approval.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The API under {@code /api}: the public catalogue without login, and for mobile clients a
 * citizen's token login and their cases and questions. JSON records only; every error is a problem
 * body with a message key and a message in the request's language.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "政务服务事项目录 API",
            version = "1",
            description =
                "The public item catalogue (published items with filters and paging, the item"
                    + " guide, the public changelog), the public progress query, and for mobile"
                    + " clients a citizen's token login (POST /api/tokens, then Authorization:"
                    + " Bearer) with their cases, applications and questions. Errors are JSON"
                    + " problem bodies (RFC 9457) with a messageKey and a message in the language"
                    + " of Accept-Language (zh or en, Chinese by default)."),
    tags = {
      @Tag(name = "items", description = "Published items and their guides"),
      @Tag(name = "changes", description = "The public changelog"),
      @Tag(name = "tokens", description = "Citizen login for mobile clients (Bearer tokens)"),
      @Tag(name = "my", description = "The logged-in citizen's cases and questions (Bearer token)"),
      @Tag(name = "progress", description = "Public progress query by case number and check code")
    })
public class ApiApplication extends Application {

  /**
   * Resources and providers are found by scanning; Jersey's multipart support (for material
   * uploads) is named here, by class name, because it is a feature to enable, not a provider.
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of(
        "jersey.config.server.provider.classnames",
        "org.glassfish.jersey.media.multipart.MultiPartFeature");
  }
}
