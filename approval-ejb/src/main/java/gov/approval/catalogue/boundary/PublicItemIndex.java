package gov.approval.catalogue.boundary;

import gov.approval.catalogue.control.PublishedCatalogueCache;
import gov.approval.platform.boundary.Page;
import gov.approval.platform.boundary.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The public item list's in-memory index ({@link PublicItemSnapshot}), kept for one generation of
 * the published catalogue: the first page asked for after a committed change reads the listed items
 * again (three statements whatever the catalogue's size, in a transaction of their own, so only
 * what was committed is indexed), every other page reads no statement. Requests that arrive while
 * the index is read wait for it rather than read it too.
 *
 * <p>Changes committed on another server of a cluster raise no event here; as with the page cache,
 * an index lives at most {@link PublishedCatalogueCache#MAX_AGE}.
 */
@ApplicationScoped
public class PublicItemIndex {

  @Inject PublishedCatalogueCache cache;

  @Inject PublicItemIndexLoader loader;

  private volatile PublicItemSnapshot snapshot;

  /** The page of listed items that {@code request} and {@code filter} ask for. */
  public Page<PublicItemRow> page(PageRequest request, PublicItemFilter filter) {
    return current().page(request, filter);
  }

  private PublicItemSnapshot current() {
    PublicItemSnapshot current = snapshot;
    if (isCurrent(current)) {
      return current;
    }
    synchronized (this) {
      current = snapshot;
      if (!isCurrent(current)) {
        // The generation is taken before the read: a change committed meanwhile makes the new
        // index stale at once, and the next page reads again.
        current = loader.load(cache.generation());
        snapshot = current;
      }
      return current;
    }
  }

  private boolean isCurrent(PublicItemSnapshot candidate) {
    return candidate != null
        && candidate.generation() == cache.generation()
        && System.nanoTime() - candidate.loadedAt() < PublishedCatalogueCache.MAX_AGE.toNanos();
  }
}
