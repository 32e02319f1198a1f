package gov.approval.web.portal;

import gov.approval.catalogue.boundary.ItemListRow;
import gov.approval.catalogue.boundary.PublicCatalogue;
import gov.approval.catalogue.boundary.PublicDepartment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The choices of the public browse filters (departments with items, lists), read at most once a
 * minute: every anonymous browse page needs them, and a department's count may lag a minute behind
 * a publication without harm, while a GROUP BY over the catalogue per request would not scale.
 */
@ApplicationScoped
public class PublicFilterChoices {

  private static final Duration FRESH = Duration.ofMinutes(1);

  @Inject PublicCatalogue catalogue;

  private volatile Snapshot snapshot;

  private final AtomicBoolean refreshing = new AtomicBoolean();

  private record Snapshot(
      List<PublicDepartment> departments, List<ItemListRow> lists, Instant at) {}

  public List<PublicDepartment> departments() {
    return current().departments();
  }

  public List<ItemListRow> lists() {
    return current().lists();
  }

  private Snapshot current() {
    Snapshot s = snapshot;
    if (s != null && !s.at().plus(FRESH).isBefore(Instant.now())) {
      return s;
    }
    // One request reads the new choices; the others meanwhile show the minute-old ones. Without
    // this every request that arrived after expiry ran the GROUP BY at once (seen in profiles).
    boolean mine = refreshing.compareAndSet(false, true);
    if (!mine && s != null) {
      return s;
    }
    try {
      s = new Snapshot(catalogue.departments(), catalogue.lists(), Instant.now());
      snapshot = s;
      return s;
    } finally {
      if (mine) {
        refreshing.set(false);
      }
    }
  }
}
