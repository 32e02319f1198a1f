package gov.approval.catalogue.boundary;

import gov.approval.catalogue.entity.ItemType;
import gov.approval.catalogue.entity.OnlineLevel;
import gov.approval.catalogue.entity.VersionStatus;
import gov.approval.organisation.entity.RegionLevel;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the listed items for {@link PublicItemIndex}: their headline, lists and search terms in
 * three statements, in a transaction of its own so that a caller's uncommitted writes (which may
 * still roll back) are never indexed. Not a boundary of its own: only the index calls it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PublicItemIndexLoader {

  /** The listed items: those whose status lists them and that have a published version. */
  private static final String LISTED_ITEMS = " JOIN i.published p WHERE i.status IN :listed";

  @PersistenceContext EntityManager em;

  /** The listed items, indexed under {@code generation}, the one taken before this read. */
  public PublicItemSnapshot load(long generation) {
    long loadedAt = System.nanoTime();
    Map<Long, Set<String>> lists = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT i.id, l.code FROM ServiceItem i JOIN i.lists l" + LISTED_ITEMS,
                Object[].class)
            .setParameter("listed", PublicCatalogue.LISTED)
            .getResultList()) {
      lists.computeIfAbsent((Long) row[0], id -> new HashSet<>()).add((String) row[1]);
    }
    Map<Long, Set<String>> terms = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT t.itemId, t.term FROM ItemSearchTerm t"
                    + " WHERE t.itemId IN (SELECT i.id FROM ServiceItem i"
                    + LISTED_ITEMS
                    + ")",
                Object[].class)
            .setParameter("listed", PublicCatalogue.LISTED)
            .getResultList()) {
      terms.computeIfAbsent((Long) row[0], id -> new HashSet<>()).add((String) row[1]);
    }
    List<PublicItemSnapshot.Entry> entries = new ArrayList<>();
    for (Object[] row :
        em.createQuery(
                "SELECT i.id, i.implementationCode, i.name, i.type, d.code, d.name,"
                    + " i.regionLevel, i.onlineLevel, i.status, i.forIndividuals,"
                    + " i.forEnterprises, i.updatedAt FROM ServiceItem i JOIN i.department d"
                    + LISTED_ITEMS,
                Object[].class)
            .setParameter("listed", PublicCatalogue.LISTED)
            .getResultList()) {
      Long id = (Long) row[0];
      entries.add(
          new PublicItemSnapshot.Entry(
              id,
              new PublicItemRow(
                  (String) row[1],
                  (String) row[2],
                  (ItemType) row[3],
                  (String) row[4],
                  (String) row[5],
                  (RegionLevel) row[6],
                  (OnlineLevel) row[7],
                  (VersionStatus) row[8]),
              (Boolean) row[9],
              (Boolean) row[10],
              (Instant) row[11],
              lists.getOrDefault(id, Set.of()),
              terms.getOrDefault(id, Set.of())));
    }
    return new PublicItemSnapshot(generation, loadedAt, entries);
  }
}
