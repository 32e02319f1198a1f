package gov.approval.catalogue.control;

import gov.approval.catalogue.entity.CatalogueChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What anonymous readers of the published catalogue were last given (for example a rendered page),
 * kept until the catalogue changes. Bounded: least recently used entries go first once there are
 * {@link #MAX_ENTRIES} of them or their weights (bytes) pass {@link #MAX_WEIGHT}, and an entry
 * lives at most {@link #MAX_AGE} (data outside the catalogue, such as a department's name, changes
 * without an event).
 *
 * <p>Every committed write of public catalogue data ({@link CatalogueChanged}) empties the cache
 * and starts a new generation. A reader takes the {@link #generation()} before it reads the
 * database and stores its result under that generation; a result read while a change was being
 * committed carries the old generation and is dropped, so what was published is shown at once.
 */
@ApplicationScoped
public class PublishedCatalogueCache {

  static final int MAX_ENTRIES = 2000;
  static final long MAX_WEIGHT = 48L * 1024 * 1024;
  public static final Duration MAX_AGE = Duration.ofMinutes(10);

  private record Entry(Object value, long weight, long storedAt) {}

  private final AtomicLong generation = new AtomicLong();
  private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
  private long weight;

  /** The current generation, to be passed back to {@link #put}. */
  public long generation() {
    return generation.get();
  }

  /** The value stored under {@code key}, if it is still current and of {@code type}. */
  public synchronized <T> Optional<T> get(String key, Class<T> type) {
    Entry entry = entries.get(key);
    if (entry == null) {
      return Optional.empty();
    }
    if (System.nanoTime() - entry.storedAt() > MAX_AGE.toNanos()) {
      remove(key);
      return Optional.empty();
    }
    return type.isInstance(entry.value())
        ? Optional.of(type.cast(entry.value()))
        : Optional.empty();
  }

  /**
   * Stores {@code value} (weighing {@code weight}, e.g. its bytes) unless the catalogue changed
   * since {@code readAt}, the generation taken before the value was read.
   */
  public synchronized void put(String key, long readAt, Object value, long weight) {
    if (readAt != generation.get() || weight > MAX_WEIGHT / 4) {
      return;
    }
    remove(key);
    entries.put(key, new Entry(value, weight, System.nanoTime()));
    this.weight += weight;
    Iterator<Map.Entry<String, Entry>> eldest = entries.entrySet().iterator();
    while ((entries.size() > MAX_ENTRIES || this.weight > MAX_WEIGHT) && eldest.hasNext()) {
      this.weight -= eldest.next().getValue().weight();
      eldest.remove();
    }
  }

  public synchronized int size() {
    return entries.size();
  }

  /** Forgets everything once a change of public catalogue data has been committed. */
  void catalogueChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogueChanged event) {
    clear();
  }

  /** Forgets everything and starts a new generation. */
  public synchronized void clear() {
    generation.incrementAndGet();
    entries.clear();
    weight = 0;
  }

  private void remove(String key) {
    Entry old = entries.remove(key);
    if (old != null) {
      weight -= old.weight();
    }
  }
}
