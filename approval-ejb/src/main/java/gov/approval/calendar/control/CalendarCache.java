package gov.approval.calendar.control;

import gov.approval.calendar.entity.WorkingCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The calendar as last read, for every deadline on every page (a worklist computes one per row). A
 * change on this server drops it once its transaction ends; a change on another cluster member
 * reaches this one within {@link #MAX_AGE}.
 */
@ApplicationScoped
public class CalendarCache {

  static final Duration MAX_AGE = Duration.ofSeconds(60);

  /** Fired by whoever changes calendar days, inside their transaction. */
  public record Changed() {}

  private record Entry(WorkingCalendar calendar, long loadedAtNanos) {}

  private final AtomicReference<Entry> current = new AtomicReference<>();

  public WorkingCalendar get(Supplier<WorkingCalendar> loader) {
    Entry entry = current.get();
    long now = System.nanoTime();
    if (entry == null || now - entry.loadedAtNanos() > MAX_AGE.toNanos()) {
      entry = new Entry(loader.get(), now);
      current.set(entry);
    }
    return entry.calendar();
  }

  void drop(@Observes(during = TransactionPhase.AFTER_COMPLETION) Changed changed) {
    current.set(null);
  }
}
