package gov.approval.it.channels;

import gov.approval.it.support.WebClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.json.Json;

/**
 * A mobile client of the API in system tests: JSON in and out, an optional Bearer token and
 * language, multipart uploads; no cookies, as an app would send none.
 */
final class ApiClient {

  private static final Json JSON = new Json();

  private final HttpClient http =
      WebClient.httpClient().connectTimeout(Duration.ofSeconds(10)).build();

  private String token;
  private String language;

  /** An answer: status, headers that matter, body. */
  record Answer(
      int status, String contentType, String authenticate, String setCookie, String body) {
    Map<String, Object> json() {
      return JSON.toType(body, Json.MAP_TYPE);
    }

    Object get(String field) {
      return json().get(field);
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> list(String field) {
      return (List<Map<String, Object>>) json().get(field);
    }
  }

  ApiClient withToken(String token) {
    this.token = token;
    return this;
  }

  ApiClient inLanguage(String language) {
    this.language = language;
    return this;
  }

  Answer get(String path) {
    return send(builder(path).GET());
  }

  Answer delete(String path) {
    return send(builder(path).DELETE());
  }

  Answer post(String path, Object body) {
    return send(
        builder(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : JSON.toJson(body))));
  }

  /** A request as a careless client might send it: any method, any content type, any body. */
  Answer raw(String method, String path, String contentType, String body) {
    HttpRequest.Builder b =
        builder(path).method(method, HttpRequest.BodyPublishers.ofString(body == null ? "" : body));
    return send(contentType == null ? b : b.header("Content-Type", contentType));
  }

  Answer upload(String path, String fileName, byte[] content) {
    String boundary = "----api" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        builder(path)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  private HttpRequest.Builder builder(String path) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(WebClient.BASE + path)).timeout(Duration.ofSeconds(60));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (language != null) {
      b.header("Accept-Language", language);
    }
    return b;
  }

  private Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("WWW-Authenticate").orElse(""),
          String.join("; ", response.headers().allValues("Set-Cookie")),
          response.body());
    } catch (IOException e) {
      throw new IllegalStateException("request failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
