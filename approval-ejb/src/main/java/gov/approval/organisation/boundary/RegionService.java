package gov.approval.organisation.boundary;

import gov.approval.identity.entity.Roles;
import gov.approval.organisation.entity.Region;
import gov.approval.platform.boundary.BusinessException;
import gov.approval.platform.boundary.Lookups;
import gov.approval.platform.boundary.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/** The region tree: browse it level by level, add, rename, deactivate and reactivate regions. */
@Stateless
@RolesAllowed(Roles.ORG_VIEW)
public class RegionService {

  private static final String NODE_SELECT =
      "SELECT NEW gov.approval.organisation.boundary.RegionNode(r.id, r.version, r.code, r.name,"
          + " r.level, r.active, p.id,"
          + " (SELECT COUNT(c) FROM Region c WHERE c.parent = r),"
          + " (SELECT COUNT(h) FROM ServiceHall h WHERE h.region = r))"
          + " FROM Region r LEFT JOIN r.parent p ";

  @PersistenceContext EntityManager em;

  /** The regions directly below {@code parentId}, or the roots when it is null; ordered by code. */
  public List<RegionNode> children(Long parentId) {
    return parentId == null
        ? em.createQuery(NODE_SELECT + "WHERE p IS NULL ORDER BY r.code", RegionNode.class)
            .getResultList()
        : em.createQuery(NODE_SELECT + "WHERE p.id = :parent ORDER BY r.code", RegionNode.class)
            .setParameter("parent", parentId)
            .getResultList();
  }

  public Optional<RegionNode> find(Long id) {
    return em.createQuery(NODE_SELECT + "WHERE r.id = :id", RegionNode.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /** Every active region (for choosers), ordered by code so that the tree reads top down. */
  public List<RegionNode> activeRegions() {
    return em.createQuery(NODE_SELECT + "WHERE r.active = TRUE ORDER BY r.code", RegionNode.class)
        .getResultList();
  }

  @RolesAllowed(Roles.ORG_MANAGE)
  public RegionNode create(
      @NotNull Long parentId,
      @NotBlank
          @Pattern(regexp = Region.CODE_PATTERN, message = "{organisation.region.code.pattern}")
          String code,
      @NotBlank @Size(max = Region.NAME_LENGTH) String name) {
    Region parent = load(parentId);
    if (em.createQuery("SELECT COUNT(r) FROM Region r WHERE r.code = :code", Long.class)
            .setParameter("code", code)
            .getSingleResult()
        > 0) {
      throw new BusinessException("organisation.region.codeTaken", code);
    }
    Region child = parent.addChild(code, name.strip());
    em.persist(child);
    em.flush();
    return find(child.getId()).orElseThrow();
  }

  @RolesAllowed(Roles.ORG_MANAGE)
  public void rename(
      @NotNull Long id, long version, @NotBlank @Size(max = Region.NAME_LENGTH) String name) {
    Region region = load(id);
    Versions.check(region.getVersion(), version);
    region.rename(name.strip());
  }

  /** Deactivates a region that has no active sub-region, hall or department left. */
  @RolesAllowed(Roles.ORG_MANAGE)
  public void deactivate(@NotNull Long id, long version) {
    Region region = load(id);
    Versions.check(region.getVersion(), version);
    long activeChildren =
        count("SELECT COUNT(r) FROM Region r WHERE r.parent = :r AND r.active = TRUE", region);
    long activeHalls =
        count("SELECT COUNT(h) FROM ServiceHall h WHERE h.region = :r AND h.active = TRUE", region);
    long activeDepartments =
        count("SELECT COUNT(d) FROM Department d WHERE d.region = :r AND d.active = TRUE", region);
    if (activeChildren + activeHalls + activeDepartments > 0) {
      throw new BusinessException(
          "organisation.region.stillInUse",
          region.getName(),
          activeChildren,
          activeHalls,
          activeDepartments);
    }
    region.deactivate();
  }

  @RolesAllowed(Roles.ORG_MANAGE)
  public void activate(@NotNull Long id, long version) {
    Region region = load(id);
    Versions.check(region.getVersion(), version);
    region.activate();
  }

  private long count(String jpql, Region region) {
    return em.createQuery(jpql, Long.class).setParameter("r", region).getSingleResult();
  }

  private Region load(Long id) {
    return Lookups.get(em, Region.class, id);
  }
}
