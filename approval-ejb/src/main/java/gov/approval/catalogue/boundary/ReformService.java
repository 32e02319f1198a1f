package gov.approval.catalogue.boundary;

import gov.approval.catalogue.entity.ReformDecision;
import gov.approval.catalogue.entity.ReformRound;
import gov.approval.catalogue.entity.ServiceItem;
import gov.approval.identity.entity.Roles;
import gov.approval.organisation.control.ActingStaff;
import gov.approval.organisation.entity.Department;
import gov.approval.platform.boundary.BusinessException;
import gov.approval.platform.boundary.Lookups;
import gov.approval.platform.boundary.Page;
import gov.approval.platform.boundary.PageRequest;
import gov.approval.platform.boundary.PagedQuery;
import gov.approval.platform.boundary.Versions;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;

/**
 * Reform rounds: the hall management office (ORG_MANAGE: it acts on every department) records a
 * round, its decision per item, and carries the decisions out; each changes its item and leaves a
 * history row under the round. Anyone may list the rounds (the public changelog filters by them).
 */
@Stateless
@RolesAllowed(Roles.ORG_MANAGE)
public class ReformService {

  private static final String DECISION_ROW =
      "SELECT NEW gov.approval.catalogue.boundary.ReformDecisionRow(x.id, x.version, i.id,"
          + " i.implementationCode, i.name, x.outcome, x.targetLevel, td.name, mi.implementationCode,"
          + " x.note, x.appliedAt)"
          + " FROM ReformDecision x JOIN x.item i LEFT JOIN x.targetDepartment td"
          + " LEFT JOIN x.mergeInto mi";

  @PersistenceContext EntityManager em;

  @Inject ActingStaff acting;

  @Inject Clock clock;

  /** Every round, newest first, with its counts of decisions (one statement). */
  @PermitAll
  public List<ReformRoundRow> rounds() {
    return em.createQuery(
            "SELECT NEW gov.approval.catalogue.boundary.ReformRoundRow(r.id, r.version, r.name,"
                + " r.decidedOn, r.documentNumber,"
                + " (SELECT COUNT(x) FROM ReformDecision x WHERE x.round = r),"
                + " (SELECT COUNT(y) FROM ReformDecision y WHERE y.round = r"
                + " AND y.appliedAt IS NOT NULL))"
                + " FROM ReformRound r ORDER BY r.decidedOn DESC, r.id DESC",
            ReformRoundRow.class)
        .getResultList();
  }

  public Long createRound(@NotNull @Valid ReformRoundForm form) {
    String name = form.name().strip();
    long taken =
        em.createQuery("SELECT COUNT(r) FROM ReformRound r WHERE r.name = :name", Long.class)
            .setParameter("name", name)
            .getSingleResult();
    if (taken > 0) {
      throw new BusinessException("catalogue.reform.nameTaken", name);
    }
    ReformRound round =
        new ReformRound(name, form.decidedOn(), form.documentNumber().strip(), clock.instant());
    em.persist(round);
    em.flush();
    return round.getId();
  }

  /** Records what the round decides for one item (once per item and round). */
  public Long decide(@NotNull @Valid ReformDecisionForm form) {
    ReformRound round = Lookups.get(em, ReformRound.class, form.roundId());
    ServiceItem item = Lookups.get(em, ServiceItem.class, form.itemId());
    long decided =
        em.createQuery(
                "SELECT COUNT(x) FROM ReformDecision x WHERE x.round = :round AND x.item = :item",
                Long.class)
            .setParameter("round", round)
            .setParameter("item", item)
            .getSingleResult();
    if (decided > 0) {
      throw new BusinessException("catalogue.reform.alreadyDecided", item.getImplementationCode());
    }
    Department targetDepartment =
        form.targetDepartmentId() == null
            ? null
            : Lookups.get(em, Department.class, form.targetDepartmentId());
    ServiceItem mergeInto =
        form.mergeIntoId() == null ? null : Lookups.get(em, ServiceItem.class, form.mergeIntoId());
    ReformDecision decision =
        round.decide(
            item, form.outcome(), form.targetLevel(), targetDepartment, mergeInto, form.note());
    em.persist(decision);
    em.flush();
    return decision.getId();
  }

  /** Carries a decision out on its item; a new implementation code must be free. */
  public void apply(@NotNull Long decisionId, long version) {
    ReformDecision decision = Lookups.get(em, ReformDecision.class, decisionId);
    Versions.check(decision.getVersion(), version);
    decision
        .newImplementationCode()
        .ifPresent(
            code -> {
              long taken =
                  em.createQuery(
                          "SELECT COUNT(i) FROM ServiceItem i WHERE i.implementationCode = :code",
                          Long.class)
                      .setParameter("code", code)
                      .getSingleResult();
              if (taken > 0) {
                throw new BusinessException("catalogue.item.codeTaken", code);
              }
            });
    decision.apply(acting.get(), clock.instant());
  }

  /** A round's decisions in the order they were recorded (two statements per page). */
  public Page<ReformDecisionRow> decisions(@NotNull Long roundId, @NotNull PageRequest request) {
    return PagedQuery.of(
            em,
            ReformDecisionRow.class,
            DECISION_ROW,
            "SELECT COUNT(x) FROM ReformDecision x JOIN x.item i")
        .where("x.round.id = :round", "round", roundId)
        .search("LOWER(i.name) LIKE :search ESCAPE '\\'", request)
        .page(request, "x.id");
  }
}
