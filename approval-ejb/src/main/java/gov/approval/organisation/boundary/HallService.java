package gov.approval.organisation.boundary;

import gov.approval.identity.entity.Roles;
import gov.approval.organisation.entity.Region;
import gov.approval.organisation.entity.RegionLevel;
import gov.approval.organisation.entity.ServiceHall;
import gov.approval.platform.boundary.BusinessException;
import gov.approval.platform.boundary.Lookups;
import gov.approval.platform.boundary.Page;
import gov.approval.platform.boundary.PageRequest;
import gov.approval.platform.boundary.PagedQuery;
import gov.approval.platform.boundary.Versions;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Service halls: a paged, searchable list; create, edit, deactivate; the public list of halls. */
@Stateless
@RolesAllowed(Roles.ORG_VIEW)
public class HallService {

  private static final String ROW =
      "SELECT NEW gov.approval.organisation.boundary.HallRow(h.id, h.version, h.name, r.id, r.name,"
          + " r.level, h.address, h.phone, h.openingHours, h.active,"
          + " (SELECT COUNT(s) FROM ApprovalSection s WHERE s.hall = h))"
          + " FROM ServiceHall h JOIN h.region r ";

  private static final Map<String, String> SORTS =
      Map.of("name", "h.name", "region", "r.code", "active", "h.active");

  /** The search in name or address, shared by the staff list and the portal's search box. */
  private static final String SEARCH =
      "(LOWER(h.name) LIKE :search ESCAPE '\\' OR LOWER(h.address) LIKE :search ESCAPE '\\')";

  @PersistenceContext EntityManager em;

  /** A page of halls, optionally below one region only and matching a search in name or address. */
  public Page<HallRow> page(@NotNull PageRequest request, Long regionId) {
    return PagedQuery.of(
            em, HallRow.class, ROW, "SELECT COUNT(h) FROM ServiceHall h JOIN h.region r")
        .where("r.id = :region", "region", regionId)
        .search(SEARCH, request)
        .page(request, request.orderBy(SORTS, "r.code") + ", h.id");
  }

  public Optional<HallRow> find(Long id) {
    return em.createQuery(ROW + "WHERE h.id = :id", HallRow.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /** Active halls for choosers, ordered by region code. */
  public List<HallRow> activeHalls() {
    return em.createQuery(ROW + "WHERE h.active = TRUE ORDER BY r.code, h.name", HallRow.class)
        .getResultList();
  }

  /** The city and county halls for the portal: anyone may see where to go. */
  @PermitAll
  public List<HallRow> publicHalls() {
    return em.createQuery(
            ROW + "WHERE h.active = TRUE AND r.level IN :levels ORDER BY r.code, h.name",
            HallRow.class)
        .setParameter("levels", List.of(RegionLevel.CITY, RegionLevel.COUNTY))
        .getResultList();
  }

  /** Halls matching a public search by name or address (the portal's search box). */
  @PermitAll
  public List<HallRow> searchPublic(String text, int max) {
    PageRequest request = new PageRequest(0, max, "region", true, text);
    if (request.search() == null) {
      return List.of();
    }
    return em.createQuery(
            ROW + "WHERE h.active = TRUE AND " + SEARCH + " ORDER BY r.code, h.name", HallRow.class)
        .setParameter("search", request.searchPattern())
        .setMaxResults(request.size())
        .getResultList();
  }

  @RolesAllowed(Roles.ORG_MANAGE)
  public HallRow create(@NotNull @Valid HallForm form) {
    Region region = region(form.regionId());
    checkNameFree(form.name().strip(), null);
    ServiceHall hall = new ServiceHall(region, form.name().strip());
    hall.describe(form.name().strip(), form.address(), form.phone(), form.openingHours());
    em.persist(hall);
    em.flush();
    return find(hall.getId()).orElseThrow();
  }

  @RolesAllowed(Roles.ORG_MANAGE)
  public void update(@NotNull Long id, long version, @NotNull @Valid HallForm form) {
    ServiceHall hall = load(id);
    Versions.check(hall.getVersion(), version);
    checkNameFree(form.name().strip(), id);
    hall.describe(form.name().strip(), form.address(), form.phone(), form.openingHours());
  }

  /** Deactivates a hall where no section is stationed any more. */
  @RolesAllowed(Roles.ORG_MANAGE)
  public void deactivate(@NotNull Long id, long version) {
    ServiceHall hall = load(id);
    Versions.check(hall.getVersion(), version);
    long sections =
        em.createQuery(
                "SELECT COUNT(s) FROM ApprovalSection s WHERE s.hall = :h AND s.department.active = TRUE",
                Long.class)
            .setParameter("h", hall)
            .getSingleResult();
    if (sections > 0) {
      throw new BusinessException("organisation.hall.stillInUse", hall.getName(), sections);
    }
    hall.deactivate();
  }

  @RolesAllowed(Roles.ORG_MANAGE)
  public void activate(@NotNull Long id, long version) {
    ServiceHall hall = load(id);
    Versions.check(hall.getVersion(), version);
    hall.activate();
  }

  private void checkNameFree(String name, Long exceptId) {
    boolean taken =
        em.createQuery("SELECT h.id FROM ServiceHall h WHERE h.name = :name", Long.class)
            .setParameter("name", name)
            .getResultStream()
            .anyMatch(id -> !id.equals(exceptId));
    if (taken) {
      throw new BusinessException("organisation.hall.nameTaken", name);
    }
  }

  private Region region(Long id) {
    Region region = Lookups.get(em, Region.class, id);
    if (!region.isActive()) {
      throw new BusinessException("organisation.region.inactive", region.getName());
    }
    return region;
  }

  private ServiceHall load(Long id) {
    return Lookups.get(em, ServiceHall.class, id);
  }
}
