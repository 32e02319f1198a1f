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
import java.io.IOException;
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
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sends changes to the provincial platform's endpoint, one POST per change with its idempotency
 * key, signed when a secret is configured. The changes of one item go one after another, in history
 * order, so the platform never sees a resumption before its suspension; different items go at once,
 * on the sender threads. A 5xx, 408, 429, a timeout or a broken connection is retried after a
 * doubling backoff up to the maximum attempts, then FAILED; any other 4xx, or a 2xx whose body says
 * {@code "accepted": false}, is REJECTED with the platform's message; 409 means the platform
 * already holds this key, i.e. accepted earlier.
 *
 * <p>Each sender waits for its answer ({@code HttpClient.send}) instead of chaining on {@code
 * sendAsync}: the JDK's {@code sendAsync} hands every answer over to the default pool of {@code
 * CompletableFuture}, which on a machine with two cores is a new thread per task. A JFR recording
 * of the benchmark showed 10,016 threads started for 10,016 changes.
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
  private final ExecutorService senders;
  private final URI uri;

  /**
   * {@code senders} run the items' sequences of requests and wait for the answers; the HTTP client
   * reads and writes its connections on {@code io}. They must be different pools: a client whose
   * own tasks queue behind senders waiting for them never answers.
   */
  PlatformClient(RepublicationSettings settings, ExecutorService senders, Executor io) {
    this.settings = settings;
    this.senders = senders;
    this.uri = URI.create(settings.url().orElseThrow());
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(settings.timeout())
            .executor(io)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  /** Sends {@code changes} (one chunk) and answers one outcome per change, in the same order. */
  List<Outcome> send(List<Outgoing> changes, String batchNumber) {
    Map<Long, List<Outgoing>> byItem = new LinkedHashMap<>();
    changes.forEach(c -> byItem.computeIfAbsent(c.itemId(), id -> new ArrayList<>()).add(c));
    List<Callable<List<Outcome>>> sequences = new ArrayList<>();
    for (List<Outgoing> ofItem : byItem.values()) {
      sequences.add(() -> ofItem.stream().map(change -> deliver(change, batchNumber)).toList());
    }
    Map<Long, Outcome> outcomes = new HashMap<>();
    try {
      for (Future<List<Outcome>> sequence : senders.invokeAll(sequences)) {
        sequence.get().forEach(outcome -> outcomes.put(outcome.change().changeId(), outcome));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("republication interrupted while sending", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("sending a change failed", e.getCause());
    }
    return changes.stream().map(change -> outcomes.get(change.changeId())).toList();
  }

  /** Sends one change, again after a backoff while the failure is worth retrying. */
  private Outcome deliver(Outgoing change, String batchNumber) {
    for (int attempt = 1; ; attempt++) {
      String error;
      try {
        HttpResponse<String> response =
            http.send(
                request(change, batchNumber),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        int code = response.statusCode();
        String message = message(response.body());
        if (code >= 200 && code < 300) {
          return rejectedInBody(response.body())
              ? new Outcome(change, RepublicationStatus.REJECTED, attempt, message)
              : new Outcome(change, RepublicationStatus.ACCEPTED, attempt, message);
        }
        if (code == 409) {
          return new Outcome(change, RepublicationStatus.ACCEPTED, attempt, message);
        }
        if (code < 500 && code != 408 && code != 429) {
          return new Outcome(
              change,
              RepublicationStatus.REJECTED,
              attempt,
              message == null ? "HTTP " + code : message);
        }
        error = "HTTP " + code + (message == null ? "" : ": " + message);
      } catch (IOException e) {
        error = describe(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Outcome(change, RepublicationStatus.FAILED, attempt, "interrupted");
      }
      if (attempt >= settings.maxAttempts()) {
        return new Outcome(change, RepublicationStatus.FAILED, attempt, error);
      }
      try {
        // The backoff itself: this sender waits, the other items' senders go on.
        Thread.sleep(settings.backoffBefore(attempt + 1).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Outcome(change, RepublicationStatus.FAILED, attempt, error);
      }
    }
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

  private static String describe(IOException error) {
    if (error instanceof HttpTimeoutException) {
      return "timeout: " + error.getMessage();
    }
    return error.getClass().getSimpleName()
        + (error.getMessage() == null ? "" : ": " + error.getMessage());
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
