package gov.approval.portal.boundary;

import gov.approval.catalogue.boundary.PublicCatalogue;
import gov.approval.catalogue.boundary.PublicChange;
import gov.approval.catalogue.boundary.PublicDepartment;
import gov.approval.catalogue.entity.VersionStatus;
import gov.approval.platform.boundary.PageRequest;
import gov.approval.portal.entity.LifeEvent;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal home's computed sections. Every anonymous visitor reads them and they change slowly,
 * so each is kept for {@code approval.portal.cache-seconds} and recomputed by the first request
 * after that: a handful of aggregate statements every few minutes instead of per page view.
 * Concurrent readers never wait for each other; two may recompute the same section at the same
 * moment, which costs one extra query and nothing else.
 */
@Singleton
@Lock(LockType.READ)
@PermitAll
public class PortalHome {

  /** Items per life event shown on the home page. */
  static final int ITEMS_PER_EVENT = 8;

  /** Entries of the notice board. */
  static final int LATEST_CHANGES = 6;

  private static final List<VersionStatus> LISTED =
      List.of(VersionStatus.PUBLISHED, VersionStatus.SUSPENDED);

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "approval.portal.cache-seconds", defaultValue = "300")
  long cacheSeconds;

  private volatile Cached<List<LifeEventGroup>> lifeEvents;
  private volatile Cached<List<PopularItem>> popular;
  private volatile Cached<MonthFigures> month;
  private volatile Cached<List<PublicChange>> changes;
  private volatile Cached<List<PublicDepartment>> departments;

  @Inject PublicCatalogue catalogue;

  private record Cached<T>(T value, Instant until) {}

  /** The life events and enterprise stages that have listed items, in the enum's order. */
  public List<LifeEventGroup> lifeEvents() {
    Cached<List<LifeEventGroup>> cached = lifeEvents;
    if (fresh(cached)) {
      return cached.value();
    }
    // One statement: every assignment of a listed item, in event and sort order.
    List<Object[]> rows =
        em.createQuery(
                "SELECT e.event, i.implementationCode, i.name, d.name FROM LifeEventItem e"
                    + " JOIN e.item i JOIN i.department d WHERE i.status IN :listed"
                    + " ORDER BY e.event, e.sortOrder, i.implementationCode",
                Object[].class)
            .setParameter("listed", LISTED)
            .getResultList();
    Map<LifeEvent, List<ItemLink>> byEvent = new EnumMap<>(LifeEvent.class);
    for (Object[] row : rows) {
      List<ItemLink> links = byEvent.computeIfAbsent((LifeEvent) row[0], e -> new ArrayList<>());
      if (links.size() < ITEMS_PER_EVENT) {
        links.add(new ItemLink((String) row[1], (String) row[2], (String) row[3]));
      }
    }
    List<LifeEventGroup> groups =
        byEvent.entrySet().stream()
            .map(e -> new LifeEventGroup(e.getKey(), List.copyOf(e.getValue())))
            .toList();
    lifeEvents = new Cached<>(groups, expiry());
    return groups;
  }

  /** The listed items with the most submitted cases, most first. */
  public List<PopularItem> popular(int limit) {
    Cached<List<PopularItem>> cached = popular;
    if (!fresh(cached)) {
      // Grouping by the item id uses the case table's item index; names are joined per group.
      List<PopularItem> items =
          em.createQuery(
                  "SELECT NEW gov.approval.portal.boundary.PopularItem(i.implementationCode,"
                      + " i.name, d.name, COUNT(c)) FROM ApprovalCase c JOIN c.item i"
                      + " JOIN i.department d WHERE i.status IN :listed AND c.submittedAt IS NOT"
                      + " NULL GROUP BY i.id, i.implementationCode, i.name, d.name"
                      + " ORDER BY COUNT(c) DESC, i.implementationCode",
                  PopularItem.class)
              .setParameter("listed", LISTED)
              .setMaxResults(20)
              .getResultList();
      cached = new Cached<>(items, expiry());
      popular = cached;
    }
    return cached.value().stream().limit(limit).toList();
  }

  /** Cases completed this month (in the city's calendar) and how many of them on time. */
  public MonthFigures thisMonth() {
    Cached<MonthFigures> cached = month;
    YearMonth current = YearMonth.now(clock);
    if (fresh(cached) && cached.value().month().equals(current)) {
      return cached.value();
    }
    Instant from = current.atDay(1).atStartOfDay(clock.getZone()).toInstant();
    Instant to = current.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant();
    // Native because JPQL cannot take the date of a timestamp; the completion index bounds it to
    // the month's rows. A case without a due date (none after acceptance) counts as on time.
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT COUNT(*), COALESCE(SUM(CASE WHEN due_on IS NULL"
                        + " OR CAST(completed_at AS DATE) <= due_on THEN 1 ELSE 0 END), 0)"
                        + " FROM approval_case WHERE completed_at >= ? AND completed_at < ?")
                .setParameter(1, Timestamp.from(from))
                .setParameter(2, Timestamp.from(to))
                .getSingleResult();
    MonthFigures figures =
        new MonthFigures(current, ((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    month = new Cached<>(figures, expiry());
    return figures;
  }

  /** The newest public changes of the catalogue, for the home page's notice board. */
  public List<PublicChange> latestChanges() {
    Cached<List<PublicChange>> cached = changes;
    if (!fresh(cached)) {
      cached =
          new Cached<>(
              catalogue.changes(PageRequest.of(0, LATEST_CHANGES), null, null).rows(), expiry());
      changes = cached;
    }
    return cached.value();
  }

  /** The departments with listed items and their counts. */
  public List<PublicDepartment> departments() {
    Cached<List<PublicDepartment>> cached = departments;
    if (!fresh(cached)) {
      cached = new Cached<>(catalogue.departments(), expiry());
      departments = cached;
    }
    return cached.value();
  }

  private boolean fresh(Cached<?> cached) {
    return cached != null && clock.instant().isBefore(cached.until());
  }

  private Instant expiry() {
    return clock.instant().plus(Duration.ofSeconds(cacheSeconds));
  }
}
