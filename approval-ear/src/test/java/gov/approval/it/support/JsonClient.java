package gov.approval.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.json.Json;

/**
 * Plain HTTP for the read API and downloads in system tests: GET a path of the deployed platform
 * (or an absolute URL) and read the answer as JSON, text or bytes.
 */
public final class JsonClient {

  private static final Json JSON = new Json();

  private final HttpClient http =
      WebClient.httpClient().connectTimeout(Duration.ofSeconds(10)).build();

  /** An answer: status, content type, body. */
  public record Answer(int status, String contentType, String disposition, byte[] body) {
    public String text() {
      return new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }

    public Map<String, Object> json() {
      return JSON.toType(text(), Json.MAP_TYPE);
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> list(String field) {
      return (List<Map<String, Object>>) json().get(field);
    }
  }

  public Answer get(String path) {
    URI uri = URI.create(path.startsWith("http") ? path : WebClient.BASE + path);
    try {
      HttpResponse<byte[]> response =
          http.send(
              HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("Content-Disposition").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new IllegalStateException("request failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
