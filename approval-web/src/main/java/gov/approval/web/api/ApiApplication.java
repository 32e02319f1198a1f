package gov.approval.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public read API under {@code /api}: JSON records, no login. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "政务服务事项目录 API",
            version = "1",
            description =
                "Read-only public API of the item catalogue: published items with filters and"
                    + " paging, the item guide, and the public changelog. Errors are JSON problem"
                    + " bodies (RFC 9457) with a Chinese message."),
    tags = {
      @Tag(name = "items", description = "Published items and their guides"),
      @Tag(name = "changes", description = "The public changelog")
    })
public class ApiApplication extends Application {}
