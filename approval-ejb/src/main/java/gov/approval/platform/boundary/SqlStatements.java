package gov.approval.platform.boundary;

import java.util.function.Supplier;

/**
 * Counts the SQL statements that JPA executes on the current thread while a piece of work runs,
 * e.g. {@code SqlStatements.count(() -> halls.page(request, null))}. Outside {@link #count} nothing
 * is counted, so it costs one thread-local read per statement.
 */
public final class SqlStatements {

  private static final ThreadLocal<long[]> COUNTER = new ThreadLocal<>();

  private SqlStatements() {}

  /** Runs {@code work} on this thread and returns how many SQL statements it executed. */
  public static long count(Runnable work) {
    return measure(
            () -> {
              work.run();
              return null;
            })
        .statements();
  }

  /** Runs {@code work} and returns its result together with the number of statements. */
  public static <T> Measured<T> measure(Supplier<T> work) {
    long[] previous = COUNTER.get();
    long[] counter = new long[1];
    COUNTER.set(counter);
    try {
      T result = work.get();
      return new Measured<>(result, counter[0]);
    } finally {
      if (previous == null) {
        COUNTER.remove();
      } else {
        previous[0] += counter[0];
        COUNTER.set(previous);
      }
    }
  }

  /** Called for each statement executed (by the JPA provider's listener). */
  public static void executed() {
    long[] counter = COUNTER.get();
    if (counter != null) {
      counter[0]++;
    }
  }

  /** A result and the statements it took. */
  public record Measured<T>(T result, long statements) {}
}
