package gov.approval.web.portal;

import gov.approval.catalogue.control.PublishedCatalogueCache;
import gov.approval.web.i18n.Texts;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Serves the public catalogue pages (the item list and search, the item guide) to anonymous
 * visitors from {@link PublishedCatalogueCache}: the page rendered for an address and language is
 * kept until the published catalogue changes, so a popular search or guide is rendered once, not
 * per visit. Only plain GETs of visitors who are not logged in and carry no flash message are
 * served or stored; only complete 200 pages that set no cookie and started no session are stored.
 * Staff and citizens who logged in always get a freshly rendered page.
 */
@WebFilter(
    urlPatterns = {"/items.xhtml", "/item.xhtml"},
    dispatcherTypes = DispatcherType.REQUEST)
public class PublicPageCacheFilter extends HttpFilter {

  /** The cookie by which Faces carries flash messages over a redirect. */
  private static final String FLASH_COOKIE = "csfcfc";

  @Inject PublishedCatalogueCache cache;

  /** A stored page: its content type and body. */
  record CachedPage(String contentType, byte[] body) {}

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<String> key = key(request);
    if (key.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    Optional<CachedPage> cached = cache.get(key.get(), CachedPage.class);
    if (cached.isPresent()) {
      write(response, cached.get());
      return;
    }
    long generation = cache.generation();
    boolean hadSession = request.getSession(false) != null;
    Capture capture = new Capture(response);
    chain.doFilter(request, capture);
    byte[] body = capture.body();
    boolean storable =
        capture.getStatus() == HttpServletResponse.SC_OK
            && !capture.failed
            && !capture.containsHeader("Set-Cookie")
            && hadSession == (request.getSession(false) != null)
            && capture.getContentType() != null
            && capture.getContentType().startsWith("text/html");
    if (storable) {
      cache.put(key.get(), generation, new CachedPage(capture.getContentType(), body), body.length);
    }
    // After an error or a redirect the container has answered already.
    if (!capture.failed) {
      if (!response.isCommitted()) {
        response.setContentLength(body.length);
      }
      response.getOutputStream().write(body);
    }
  }

  /** The address and language of an anonymous GET, or nothing if the page may not be cached. */
  private static Optional<String> key(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod()) || request.getUserPrincipal() != null) {
      return Optional.empty();
    }
    if (request.getCookies() != null) {
      for (Cookie cookie : request.getCookies()) {
        if (FLASH_COOKIE.equals(cookie.getName())) {
          return Optional.empty();
        }
      }
    }
    // The language as Texts.locale() reads it: the one switched to in this session, else Chinese.
    Locale locale = Locale.SIMPLIFIED_CHINESE;
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(Texts.LOCALE_ATTRIBUTE) instanceof Locale chosen) {
      locale = chosen;
    }
    String query = request.getQueryString();
    return Optional.of(
        "page "
            + locale.toLanguageTag()
            + " "
            + request.getServletPath()
            + (query == null ? "" : "?" + query));
  }

  private static void write(HttpServletResponse response, CachedPage page) throws IOException {
    response.setContentType(page.contentType());
    response.setContentLength(page.body().length);
    response.getOutputStream().write(page.body());
  }

  /** Collects the rendered page instead of sending it, so that it can be stored and then sent. */
  private static final class Capture extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(32 * 1024);
    private ServletOutputStream stream;
    private PrintWriter writer;
    boolean failed;

    Capture(HttpServletResponse response) {
      super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
      if (stream == null) {
        stream =
            new ServletOutputStream() {
              @Override
              public void write(int b) {
                buffer.write(b);
              }

              @Override
              public void write(byte[] b, int off, int len) {
                buffer.write(b, off, len);
              }

              @Override
              public boolean isReady() {
                return true;
              }

              @Override
              public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException();
              }
            };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        String encoding = getCharacterEncoding();
        Charset charset =
            encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
        writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset), false);
      }
      return writer;
    }

    @Override
    public void sendError(int status) throws IOException {
      failed = true;
      super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      failed = true;
      super.sendError(status, message);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      failed = true;
      super.sendRedirect(location);
    }

    @Override
    public void flushBuffer() {
      // Kept until the page is complete; the filter sends it.
    }

    @Override
    public void setContentLength(int length) {
      // The filter sets the length of what it sends.
    }

    @Override
    public void setContentLengthLong(long length) {}

    @Override
    public void resetBuffer() {
      buffer.reset();
    }

    @Override
    public void reset() {
      super.reset();
      buffer.reset();
    }

    byte[] body() {
      if (writer != null) {
        writer.flush();
      }
      return buffer.toByteArray();
    }
  }
}
