/*
 * The provincial platform's stand-in for bench/run.sh: a real HTTP server on loopback that checks
 * the API key and the HMAC signature of each change like the platform would, remembers the
 * idempotency keys (a repeated key answers 409) and accepts everything else. Run with the JDK's
 * source launcher: java bench/StubPlatform.java <port>. GET /count answers how many it accepted.
 */
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public class StubPlatform {

  static final String API_KEY = "bench-key";
  static final byte[] SECRET = "bench-secret".getBytes(StandardCharsets.UTF_8);
  static final Set<String> KEYS = ConcurrentHashMap.newKeySet();

  public static void main(String[] args) throws IOException {
    int port = Integer.parseInt(args[0]);
    // The JDK's server writes a response's headers and body in two sends; with Nagle's algorithm on
    // (its default) the body waits for the client's delayed ACK of the headers, about 40 ms per
    // request on loopback, which capped the benchmark's republication, not the job. A real
    // platform answers without that wait. Read when the first server is created.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.createContext("/count", e -> answer(e, 200, "{\"accepted\":" + KEYS.size() + "}"));
    server.createContext("/", StubPlatform::change);
    server.start();
    System.out.println("stub platform on http://127.0.0.1:" + port + "/");
  }

  static void change(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    var headers = exchange.getRequestHeaders();
    if (!API_KEY.equals(headers.getFirst("X-Api-Key"))) {
      answer(exchange, 401, "{\"accepted\":false,\"message\":\"bad API key\"}");
      return;
    }
    String timestamp = headers.getFirst("X-Timestamp");
    String signature = headers.getFirst("X-Signature");
    if (timestamp == null || signature == null || !signature.equals("sha256=" + sign(timestamp, body))) {
      answer(exchange, 401, "{\"accepted\":false,\"message\":\"bad signature\"}");
      return;
    }
    String key = headers.getFirst("Idempotency-Key");
    if (key == null || !KEYS.add(key)) {
      answer(exchange, 409, "{\"accepted\":true,\"message\":\"already received\"}");
      return;
    }
    answer(exchange, 200, "{\"accepted\":true}");
  }

  static String sign(String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET, "HmacSHA256"));
      mac.update((timestamp + "\n").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static void answer(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }
}
