package gov.approval.web.files;

import gov.approval.documents.boundary.FileDownload;
import gov.approval.documents.boundary.FileService;
import gov.approval.platform.boundary.AccessDeniedException;
import gov.approval.platform.boundary.NotFoundException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Sends a stored file. Files of published item versions go to anyone; every other file to logged in
 * staff only ({@link FileService#download}): an anonymous visitor gets 403, an unknown name 404.
 * The response names the detected type, forbids sniffing and asks for a download, with the uploaded
 * name cleaned for the header (and an ASCII fallback named after the storage name).
 */
@WebServlet("/files/*")
public class FileServlet extends HttpServlet {

  @Serial private static final long serialVersionUID = 1L;

  private static final Pattern STORAGE_NAME =
      Pattern.compile("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

  @Inject transient FileService files;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo();
    String name = path == null ? "" : path.substring(1);
    if (!STORAGE_NAME.matcher(name).matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    FileDownload file;
    try {
      file = files.download(name);
    } catch (NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (AccessDeniedException | EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    response.setContentType(file.mediaType());
    response.setContentLengthLong(file.content().length);
    response.setHeader("X-Content-Type-Options", "nosniff");
    // ?inline shows a PDF or an image in the page that embeds it (the staff case page); the PDF
    // viewer does not run in a sandboxed document, so an inline file is only kept from loading
    // anything else.
    boolean inline = request.getParameter("inline") != null && isViewableInline(file.mediaType());
    response.setHeader(
        "Content-Security-Policy", inline ? "default-src 'none'" : "default-src 'none'; sandbox");
    response.setHeader(
        "Cache-Control", request.getUserPrincipal() == null ? "public, max-age=300" : "private");
    String disposition = disposition(file);
    response.setHeader(
        "Content-Disposition",
        inline ? "inline" + disposition.substring("attachment".length()) : disposition);
    response.getOutputStream().write(file.content());
  }

  static boolean isViewableInline(String mediaType) {
    return mediaType != null
        && (mediaType.equals("application/pdf") || mediaType.startsWith("image/"));
  }

  /** {@code attachment} with an ASCII name and the cleaned uploaded name (RFC 6266, RFC 5987). */
  static String disposition(FileDownload file) {
    String fallback = file.storageName() + "." + file.extension();
    String utf8 =
        URLEncoder.encode(file.originalName(), StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + utf8;
  }
}
