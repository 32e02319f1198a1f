package gov.approval.batch.republication;

import gov.approval.republication.control.Outcome;
import gov.approval.republication.control.Outgoing;
import gov.approval.republication.entity.RepublicationStatus;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sends changes to the provincial platform's endpoint, one POST per change with its idempotency
 * key, signed when a secret is configured. The changes of one item go one after another, in history
 * order, so the platform never sees a resumption before its suspension; different items go at once.
 * A 5xx, 408, 429, a timeout or a broken connection is retried after a doubling backoff up to the
 * maximum attempts, then FAILED; any other 4xx, or a 2xx whose body says {@code "accepted": false},
 * is REJECTED with the platform's message; 409 means the platform already holds this key, i.e.
 * accepted earlier.
 */
final class PlatformClient {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  static final String API_KEY = "X-Api-Key";
  static final String TIMESTAMP = "X-Timestamp";
  static final String SIGNATURE = "X-Signature";
  static final String BATCH_NUMBER = "X-Batch-Number";
  private static final int MESSAGE_CHARS = 500;

  /** Looked up once: {@code Json.createReader} finds the provider again on every call. */
  private static final JsonReaderFactory JSON = Json.createReaderFactory(java.util.Map.of());

  private final RepublicationSettings settings;
  private final HttpClient http;
  private final ExecutorService executor;
  private final URI uri;

  PlatformClient(RepublicationSettings settings, ExecutorService executor) {
    this.settings = settings;
    this.executor = executor;
    this.uri = URI.create(settings.url().orElseThrow());
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(settings.timeout())
            .executor(executor)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  /** Sends {@code changes} (one chunk) and answers one outcome per change, in the same order. */
  List<Outcome> send(List<Outgoing> changes, String batchNumber) {
    Map<Long, List<Outgoing>> byItem = new LinkedHashMap<>();
    changes.forEach(c -> byItem.computeIfAbsent(c.itemId(), id -> new ArrayList<>()).add(c));
    Map<Long, Outcome> outcomes = new java.util.concurrent.ConcurrentHashMap<>();
    List<CompletableFuture<Void>> chains = new ArrayList<>();
    for (List<Outgoing> ofItem : byItem.values()) {
      CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
      for (Outgoing change : ofItem) {
        chain =
            chain.thenCompose(
                ignored ->
                    attempt(change, batchNumber, 1)
                        .thenAccept(outcome -> outcomes.put(change.changeId(), outcome)));
      }
      chains.add(chain);
    }
    CompletableFuture.allOf(chains.toArray(CompletableFuture[]::new)).join();
    return changes.stream().map(change -> outcomes.get(change.changeId())).toList();
  }

  private CompletableFuture<Outcome> attempt(Outgoing change, String batchNumber, int attempt) {
    HttpRequest request = request(change, batchNumber);
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
        .handle(
            (response, error) -> {
              if (error != null) {
                return retryOr(change, batchNumber, attempt, describe(error));
              }
              int code = response.statusCode();
              String message = message(response.body());
              if (code >= 200 && code < 300) {
                return CompletableFuture.completedFuture(
                    rejectedInBody(response.body())
                        ? new Outcome(change, RepublicationStatus.REJECTED, attempt, message)
                        : new Outcome(change, RepublicationStatus.ACCEPTED, attempt, message));
              }
              if (code == 409) {
                return CompletableFuture.completedFuture(
                    new Outcome(change, RepublicationStatus.ACCEPTED, attempt, message));
              }
              if (code >= 500 || code == 408 || code == 429) {
                return retryOr(
                    change,
                    batchNumber,
                    attempt,
                    "HTTP " + code + (message == null ? "" : ": " + message));
              }
              return CompletableFuture.completedFuture(
                  new Outcome(
                      change,
                      RepublicationStatus.REJECTED,
                      attempt,
                      message == null ? "HTTP " + code : message));
            })
        .thenCompose(future -> future);
  }

  private CompletableFuture<Outcome> retryOr(
      Outgoing change, String batchNumber, int attempt, String error) {
    if (attempt >= settings.maxAttempts()) {
      return CompletableFuture.completedFuture(
          new Outcome(change, RepublicationStatus.FAILED, attempt, error));
    }
    long wait = settings.backoffBefore(attempt + 1).toMillis();
    return CompletableFuture.supplyAsync(
            () -> null, CompletableFuture.delayedExecutor(wait, TimeUnit.MILLISECONDS, executor))
        .thenCompose(ignored -> attempt(change, batchNumber, attempt + 1));
  }

  private HttpRequest request(Outgoing change, String batchNumber) {
    byte[] body = change.body().getBytes(StandardCharsets.UTF_8);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(settings.timeout())
            .header("Content-Type", "application/json; charset=utf-8")
            .header(IDEMPOTENCY_KEY, change.idempotencyKey())
            .header(BATCH_NUMBER, batchNumber)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    settings.apiKey().ifPresent(key -> request.header(API_KEY, key));
    settings
        .hmacSecret()
        .ifPresent(
            secret -> {
              String timestamp = Long.toString(Instant.now().getEpochSecond());
              request.header(TIMESTAMP, timestamp);
              request.header(SIGNATURE, "sha256=" + sign(secret, timestamp, body));
            });
    return request.build();
  }

  /** HMAC-SHA256 over the timestamp, a newline and the body's bytes, as lower-case hex. */
  static String sign(String secret, String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + "\n").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String describe(Throwable error) {
    Throwable cause =
        error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    if (cause instanceof HttpTimeoutException) {
      return "timeout: " + cause.getMessage();
    }
    return cause.getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
  }

  /** The platform's {@code message} field, else the body's start (a proxy's error page). */
  private static String message(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    JsonObject json = json(body);
    if (json != null) {
      JsonValue message = json.get("message");
      if (message instanceof JsonString text) {
        return text.getString();
      }
      return null;
    }
    String line = body.strip();
    return line.length() <= MESSAGE_CHARS ? line : line.substring(0, MESSAGE_CHARS) + "…";
  }

  private static boolean rejectedInBody(String body) {
    JsonObject json = json(body);
    return json != null
        && json.containsKey("accepted")
        && json.get("accepted").getValueType() == JsonValue.ValueType.FALSE;
  }

  private static JsonObject json(String body) {
    if (body == null || !body.strip().startsWith("{")) {
      return null;
    }
    try (JsonReader reader = JSON.createReader(new StringReader(body))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
