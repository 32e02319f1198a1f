package gov.approval.web.portal;

import gov.approval.catalogue.boundary.PublicCatalogue;
import gov.approval.catalogue.boundary.PublicGuide;
import gov.approval.platform.boundary.NotFoundException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code GET /items/<implementation code>/checklist.pdf}: the printable one-time checklist of an
 * item's materials, linked from the guide, no login needed. An unknown, never published or ended
 * item answers 404. The file name is the code (letters and digits only), so no user text reaches
 * the header.
 */
@WebServlet("/items/*")
public class ChecklistServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final Pattern PATH = Pattern.compile("/([A-Za-z0-9]{1,64})/checklist\\.pdf");

  @Inject transient PublicCatalogue catalogue;

  @Inject transient Clock clock;

  @Inject
  @ConfigProperty(name = "approval.pdf.cjk-font")
  transient Optional<String> cjkFont;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher path = PATH.matcher(String.valueOf(request.getPathInfo()));
    if (!path.matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    PublicGuide guide;
    try {
      guide = catalogue.guide(path.group(1));
    } catch (NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (guide.ended()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    // Written to memory first: a failure then becomes an error page, not half a PDF.
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(16 * 1024);
    new ChecklistPdf(cjkFont, Locale.SIMPLIFIED_CHINESE).write(guide, LocalDate.now(clock), pdf);
    String code = guide.implementationCode().replaceAll("[^A-Za-z0-9]", "");
    String chinese = URLEncoder.encode("一次性告知清单-", StandardCharsets.UTF_8).replace("+", "%20");
    response.setContentType("application/pdf");
    response.setHeader(
        "Content-Disposition",
        "inline; filename=\"checklist-"
            + code
            + ".pdf\"; filename*=UTF-8''"
            + chinese
            + code
            + ".pdf");
    response.setHeader("Cache-Control", "public, max-age=300");
    response.setContentLength(pdf.size());
    pdf.writeTo(response.getOutputStream());
  }
}
