package gov.approval.appointment.boundary;

import gov.approval.appointment.control.WindowItems;
import gov.approval.organisation.entity.RegionLevel;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/**
 * The public hall pages (便民服务): the active halls at every region level with address, hours and
 * phone, and one hall's windows with the items each handles. Anyone may read them.
 */
@Stateless
@PermitAll
public class PublicHalls {

  private static final String HALL =
      "SELECT NEW gov.approval.appointment.boundary.PublicHall(h.id, h.name, r.name, r.level,"
          + " h.address, h.phone, h.openingHours) FROM ServiceHall h JOIN h.region r"
          + " WHERE h.active = TRUE";

  @PersistenceContext EntityManager em;

  @Inject WindowItems windowItems;

  /**
   * Active halls, optionally of one region level and in one region (or below it), by region code.
   */
  public List<PublicHall> halls(RegionLevel level, Long regionId) {
    String where = "";
    if (level != null) {
      where += " AND r.level = :level";
    }
    if (regionId != null) {
      // Outer joins up the tree (a city has no parent): the region itself and up to three levels
      // below.
      where += " AND (r.id = :region OR p.id = :region OR gp.id = :region OR ggp.id = :region)";
    }
    TypedQuery<PublicHall> query =
        em.createQuery(
            HALL.replace(
                    " WHERE",
                    " LEFT JOIN r.parent p LEFT JOIN p.parent gp LEFT JOIN gp.parent ggp WHERE")
                + where
                + " ORDER BY r.code, h.name",
            PublicHall.class);
    if (level != null) {
      query.setParameter("level", level);
    }
    if (regionId != null) {
      query.setParameter("region", regionId);
    }
    return query.getResultList();
  }

  /** The regions that have an active hall, for the filter. */
  public List<RegionChoice> regions() {
    return em
        .createQuery(
            "SELECT DISTINCT NEW gov.approval.appointment.boundary.RegionChoice(r.id, r.name,"
                + " r.level) FROM ServiceHall h JOIN h.region r WHERE h.active = TRUE",
            RegionChoice.class)
        .getResultList()
        .stream()
        .sorted(
            java.util.Comparator.comparing(RegionChoice::level).thenComparing(RegionChoice::name))
        .toList();
  }

  /** One active hall with its windows and their items; empty for an unknown or inactive hall. */
  public Optional<HallPage> hall(Long id) {
    if (id == null) {
      return Optional.empty();
    }
    return em.createQuery(HALL + " AND h.id = :id", PublicHall.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .map(h -> new HallPage(h, windowItems.ofHall(h.id())));
  }
}
