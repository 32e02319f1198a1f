package gov.approval.it.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser without JavaScript for HTTP tests of the deployed platform: keeps cookies, follows
 * redirects, and submits JSF forms as a user would (every field of the form, the view state, the
 * pressed button).
 */
public final class WebClient {

  /** The base URL of the deployed platform, e.g. http://localhost:18080/approval. */
  public static final String BASE =
      System.getProperty("approval.baseUrl", "http://localhost:18080/approval");

  /**
   * Every system test's HTTP client starts here: HTTP/1.1, as browsers speak to a plain http
   * address. The JDK client's default, HTTP/2, first asks the server to upgrade the connection
   * (h2c); once in a CI run (ApplyOnlineIT) such an upgraded connection was closed under a request,
   * which waited its 30 s and failed with "EOF reached while reading".
   */
  public static HttpClient.Builder httpClient() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1);
  }

  private final CookieManager cookies = new CookieManager();

  private final HttpClient http =
      httpClient()
          .cookieHandler(cookies)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /** A page as the user ends up on it: its final URL, status and parsed HTML. */
  public record Page(URI uri, int status, Document html) {
    public String text() {
      return html.text();
    }

    public Element form(String id) {
      Element form = html.getElementById(id);
      if (form == null) {
        throw new AssertionError("no form " + id + " on " + uri + ": " + html.title());
      }
      return form;
    }
  }

  public Page get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  /**
   * Fills {@code fields} (by component id) into form {@code formId} and presses {@code buttonId}.
   */
  public Page submit(Page page, String formId, Map<String, String> fields, String buttonId) {
    Element form = page.form(formId);
    Map<String, String> values = new LinkedHashMap<>();
    for (Element input : form.select("input[name]")) {
      String type = input.attr("type");
      if (type.equals("checkbox") || type.equals("radio")) {
        if (input.hasAttr("checked")) {
          values.put(input.attr("name"), input.val());
        }
      } else if (!type.equals("submit") && !type.equals("button")) {
        values.put(input.attr("name"), input.val());
      }
    }
    fields.forEach(values::put);
    values.put(buttonId, buttonId);
    String body =
        values.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    URI action = page.uri().resolve(form.attr("action"));
    return send(
        HttpRequest.newBuilder(action)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /**
   * Like {@link #submit} for a {@code multipart/form-data} form: also sends {@code content} as the
   * file of the form's (first) file input, named {@code fileName}.
   */
  public Page upload(
      Page page,
      String formId,
      Map<String, String> fields,
      String fileName,
      byte[] content,
      String buttonId) {
    Element form = page.form(formId);
    Element fileInput = form.selectFirst("input[type=file]");
    if (fileInput == null) {
      throw new AssertionError("no file input in form " + formId + " on " + page.uri());
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (Element input : form.select("input[name]")) {
      String type = input.attr("type");
      if (!type.equals("submit") && !type.equals("button") && !type.equals("file")) {
        values.put(input.attr("name"), input.val());
      }
    }
    fields.forEach(values::put);
    values.put(buttonId, buttonId);
    String boundary = "----approval" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    StringBuilder head = new StringBuilder();
    values.forEach(
        (name, value) ->
            head.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value == null ? "" : value)
                .append("\r\n"));
    head.append("--")
        .append(boundary)
        .append("\r\nContent-Disposition: form-data; name=\"")
        .append(fileInput.attr("name"))
        .append("\"; filename=\"")
        .append(fileName)
        .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    URI action = page.uri().resolve(form.attr("action"));
    return send(
        HttpRequest.newBuilder(action)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** Logs in through the login form and returns the page the platform lands the user on. */
  public Page login(String username, String password) {
    Page login = get("/login.xhtml");
    return submit(
        login,
        "loginForm",
        Map.of("loginForm:username", username, "loginForm:password", password),
        "loginForm:submit");
  }

  /** Sends the cookie {@code name=value} from now on, as a page's script would have set it. */
  public WebClient withCookie(String name, String value) {
    URI base = URI.create(BASE);
    HttpCookie cookie = new HttpCookie(name, value);
    cookie.setPath(base.getPath());
    cookie.setVersion(0);
    cookies.getCookieStore().add(base, cookie);
    return this;
  }

  public Optional<String> sessionId() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("JSESSIONID"))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  private Page send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(
              request.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString());
      for (int hops = 0; hops < 5 && response.statusCode() / 100 == 3; hops++) {
        URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
        response =
            http.send(
                HttpRequest.newBuilder(next).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
      }
      return new Page(
          response.uri(),
          response.statusCode(),
          Jsoup.parse(response.body(), response.uri().toString()));
    } catch (IOException e) {
      throw new IllegalStateException("request failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static URI uri(String path) {
    return URI.create(path.startsWith("http") ? path : BASE + path);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
  }
}
