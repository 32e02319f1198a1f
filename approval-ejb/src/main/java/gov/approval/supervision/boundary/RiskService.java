package gov.approval.supervision.boundary;

import gov.approval.casework.control.CaseClock;
import gov.approval.identity.entity.Roles;
import gov.approval.platform.boundary.NotFoundException;
import gov.approval.platform.boundary.Page;
import gov.approval.platform.boundary.PageRequest;
import gov.approval.platform.boundary.PagedQuery;
import gov.approval.platform.boundary.Versions;
import gov.approval.supervision.control.RiskDetector;
import gov.approval.supervision.entity.CorrectionOrder;
import gov.approval.supervision.entity.RiskEvent;
import gov.approval.supervision.entity.RiskRule;
import gov.approval.supervision.entity.RiskRuleSetting;
import gov.approval.supervision.entity.RiskState;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;

/**
 * Integrity-risk control (廉政风险防控) for supervisors: the rules' switches and parameters, the risk
 * events they found, and their review: dismissed with a reason, or turned into a correction order
 * of the case's department.
 */
@Stateless
@RolesAllowed(Roles.SUPERVISE)
public class RiskService {

  static final String ROW =
      "SELECT NEW gov.approval.supervision.boundary.RiskEventRow(r.id, r.version, r.rule, c.id,"
          + " c.number, d.name, r.staff, r.facts, r.detectedAt, r.state, r.reviewReason, o.id)"
          + " FROM RiskEvent r JOIN r.department d LEFT JOIN r.approvalCase c LEFT JOIN r.order o";

  @PersistenceContext EntityManager em;

  @Resource SessionContext session;

  @Inject RiskDetector detector;

  @Inject CaseClock clock;

  @Inject CorrectionOrderService orders;

  public List<RiskRuleRow> rules() {
    return Arrays.stream(RiskRule.values())
        .map(detector::setting)
        .map(s -> new RiskRuleRow(s.getRule(), s.isEnabled(), s.getParameter()))
        .toList();
  }

  public RiskRuleRow saveRule(
      @NotNull RiskRule rule,
      boolean enabled,
      @Min(value = 0, message = "{supervision.risk.parameter}") int parameter) {
    RiskRuleSetting s = em.find(RiskRuleSetting.class, rule);
    if (s == null) {
      s = new RiskRuleSetting(rule);
      em.persist(s);
    }
    s.change(enabled, parameter);
    return new RiskRuleRow(rule, s.isEnabled(), s.getParameter());
  }

  public Page<RiskEventRow> events(RiskState state, @NotNull PageRequest request) {
    return PagedQuery.of(
            em,
            RiskEventRow.class,
            ROW,
            "SELECT COUNT(r) FROM RiskEvent r JOIN r.department d LEFT JOIN r.approvalCase c")
        .where("r.state = :state", "state", state)
        .search("(LOWER(c.number) LIKE :search OR LOWER(r.staff) LIKE :search)", request)
        .page(request, "r.detectedAt DESC, r.id DESC");
  }

  /** The risk events found on one case (the tests and the case's supervisors read them). */
  public List<RiskEventRow> ofCase(long caseId) {
    return em.createQuery(ROW + " WHERE c.id = :case ORDER BY r.id", RiskEventRow.class)
        .setParameter("case", caseId)
        .getResultList();
  }

  public RiskEventRow dismiss(
      long id,
      long version,
      @NotBlank(message = "{supervision.risk.reasonRequired}") @Size(max = 2000) String reason) {
    RiskEvent r = find(id, version);
    r.dismiss(reason, session.getCallerPrincipal().getName(), clock.now().now());
    em.flush();
    return row(id);
  }

  /** Turns the event into a correction order of its case's department. */
  public RiskEventRow order(
      long id,
      long version,
      @NotBlank(message = "{supervision.order.action}") @Size(max = 2000) String requiredAction,
      @Min(value = 1, message = "{supervision.order.days}")
          @Max(value = 60, message = "{supervision.order.days}")
          int days) {
    RiskEvent r = find(id, version);
    CorrectionOrder o =
        orders.create(
            new OrderForm(
                r.getDepartment().getId(),
                r.getApprovalCase() == null ? null : r.getApprovalCase().getNumber(),
                r.getFacts(),
                requiredAction,
                days),
            r.getId());
    r.turnInto(o, session.getCallerPrincipal().getName(), clock.now().now());
    em.flush();
    return row(id);
  }

  private RiskEvent find(long id, long version) {
    RiskEvent r = em.find(RiskEvent.class, id);
    if (r == null) {
      throw new NotFoundException("RiskEvent", id);
    }
    Versions.check(r.getVersion(), version);
    return r;
  }

  private RiskEventRow row(long id) {
    return em.createQuery(ROW + " WHERE r.id = :id", RiskEventRow.class)
        .setParameter("id", id)
        .getSingleResult();
  }
}
