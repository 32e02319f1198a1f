package gov.approval.web.portal;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed progress queries per client (by remote address) against guessing check codes: at
 * most {@link #MAX_FAILURES} failures within {@link #WINDOW}; after that every query of the client
 * is refused until the oldest failure leaves the window. Kept in memory on purpose: a restart only
 * forgets a few minutes of failures, and a cluster node counts its own.
 */
@ApplicationScoped
public class ProgressLimiter {

  public static final int MAX_FAILURES = 10;
  public static final Duration WINDOW = Duration.ofMinutes(10);

  /** Above this many tracked clients, clients without recent failures are forgotten. */
  static final int TIDY_ABOVE = 10_000;

  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  public ProgressLimiter() {
    this(Clock.systemUTC());
  }

  ProgressLimiter(Clock clock) {
    this.clock = clock;
  }

  /** Whether {@code client} has used up its failed attempts for now. */
  public boolean blocked(String client) {
    Deque<Instant> times = failures.get(client);
    if (times == null) {
      return false;
    }
    synchronized (times) {
      prune(times, clock.instant());
      return times.size() >= MAX_FAILURES;
    }
  }

  /** Counts one failed query of {@code client}. */
  public void failed(String client) {
    Instant now = clock.instant();
    if (failures.size() > TIDY_ABOVE) {
      tidy(now);
    }
    Deque<Instant> times = failures.computeIfAbsent(client, c -> new ArrayDeque<>());
    synchronized (times) {
      prune(times, now);
      times.addLast(now);
    }
  }

  int trackedClients() {
    return failures.size();
  }

  private void tidy(Instant now) {
    failures
        .entrySet()
        .removeIf(
            e -> {
              synchronized (e.getValue()) {
                prune(e.getValue(), now);
                return e.getValue().isEmpty();
              }
            });
  }

  private static void prune(Deque<Instant> times, Instant now) {
    Instant oldest = now.minus(WINDOW);
    while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
      times.removeFirst();
    }
  }
}
