package gov.approval.it.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A stand-in for the provincial platform: a real HTTP server on a loopback port of the machine it
 * runs on (started inside the server by in-container tests, so the job reaches it). It records
 * every request with its headers and body, checks the API key and the HMAC signature, and answers
 * what the test's responder says, given the request and how many times its idempotency key came
 * before: accept, reject, fail or answer late.
 */
public final class StubPlatform implements AutoCloseable {

  /** One request as received. */
  public record Received(
      String idempotencyKey,
      String apiKey,
      String batchNumber,
      boolean signatureValid,
      String body,
      int attempt) {}

  /** What to answer: status, JSON body, and how long to wait first. */
  public record Answer(int status, String body, long delayMillis) {

    public static Answer accepted() {
      return new Answer(200, "{\"accepted\":true,\"message\":\"已接收\"}", 0);
    }

    public static Answer rejected(String message) {
      return new Answer(422, "{\"accepted\":false,\"message\":\"" + message + "\"}", 0);
    }

    public static Answer serverError() {
      return new Answer(500, "{\"message\":\"平台内部错误\"}", 0);
    }

    public static Answer late(long delayMillis) {
      return new Answer(200, "{\"accepted\":true}", delayMillis);
    }
  }

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(32);
  private final String apiKey;
  private final String secret;
  private final Queue received = new Queue();
  private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
  private volatile BiFunction<Received, Integer, Answer> responder =
      (request, attempt) -> Answer.accepted();

  private StubPlatform(String apiKey, String secret) throws IOException {
    this.apiKey = apiKey;
    this.secret = secret;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    server.createContext("/items", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  /** A stub that expects {@code apiKey} and signatures made with {@code secret}. */
  public static StubPlatform start(String apiKey, String secret) {
    try {
      return new StubPlatform(apiKey, secret);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/items";
  }

  /** Decides every answer from now on: (request, attempt for its key starting at 1) → answer. */
  public StubPlatform answering(BiFunction<Received, Integer, Answer> responder) {
    this.responder = responder;
    return this;
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  public List<Received> receivedFor(String idempotencyKey) {
    return received.stream().filter(r -> idempotencyKey.equals(r.idempotencyKey())).toList();
  }

  public void clear() {
    received.clear();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
      String timestamp = exchange.getRequestHeaders().getFirst("X-Timestamp");
      String signature = exchange.getRequestHeaders().getFirst("X-Signature");
      int attempt =
          seen.computeIfAbsent(String.valueOf(key), k -> new AtomicInteger()).incrementAndGet();
      Received request =
          new Received(
              key,
              exchange.getRequestHeaders().getFirst("X-Api-Key"),
              exchange.getRequestHeaders().getFirst("X-Batch-Number"),
              signature != null
                  && timestamp != null
                  && MessageDigest.isEqual(
                      signature.getBytes(StandardCharsets.US_ASCII),
                      ("sha256=" + sign(timestamp, body)).getBytes(StandardCharsets.US_ASCII)),
              new String(body, StandardCharsets.UTF_8),
              attempt);
      received.add(request);
      Answer answer =
          apiKey != null && !apiKey.equals(request.apiKey())
              ? new Answer(401, "{\"message\":\"API key wrong\"}", 0)
              : responder.apply(request, attempt);
      if (answer.delayMillis() > 0) {
        // The stub answering late is the behaviour under test, not a wait of the test itself.
        try {
          Thread.sleep(answer.delayMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      byte[] out = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
      exchange.sendResponseHeaders(answer.status(), out.length);
      try (OutputStream stream = exchange.getResponseBody()) {
        stream.write(out);
      }
    } catch (IOException e) {
      // The client gave up (a timeout under test); nothing to answer.
    }
  }

  private String sign(String timestamp, byte[] body) {
    if (secret == null) {
      return "";
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + "\n").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  private static final class Queue extends ConcurrentLinkedQueue<Received> {
    private static final long serialVersionUID = 1L;
  }
}
