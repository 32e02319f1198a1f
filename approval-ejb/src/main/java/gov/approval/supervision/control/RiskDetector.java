package gov.approval.supervision.control;

import gov.approval.casework.entity.ApprovalCase;
import gov.approval.casework.entity.CaseAction;
import gov.approval.casework.entity.CaseEvent;
import gov.approval.casework.entity.CaseSuspension;
import gov.approval.casework.entity.CaseTime;
import gov.approval.platform.control.Clocks;
import gov.approval.supervision.entity.RiskChecks;
import gov.approval.supervision.entity.RiskEvent;
import gov.approval.supervision.entity.RiskFinding;
import gov.approval.supervision.entity.RiskRule;
import gov.approval.supervision.entity.RiskRuleSetting;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies the enabled integrity-risk rules to a case's new timeline rows (on each transition) and
 * to its state (in the scan), and records each new finding once as a risk event.
 */
@Dependent
public class RiskDetector {

  static final ZoneId ZONE = Clocks.CITY_ZONE;

  @PersistenceContext EntityManager em;

  @Inject SupervisionSettings settings;

  /** The rule's setting as stored, or its defaults. */
  public RiskRuleSetting setting(RiskRule rule) {
    RiskRuleSetting stored = em.find(RiskRuleSetting.class, rule);
    return stored != null ? stored : new RiskRuleSetting(rule);
  }

  public List<RiskFinding> onEvents(ApprovalCase c, List<CaseEvent> events, CaseTime time) {
    List<RiskFinding> found = new ArrayList<>();
    String number = c.getNumber();
    if (number == null) {
      return found;
    }
    for (CaseEvent e : events) {
      CaseAction action = e.getAction();
      String actor = e.getActor();
      if (action == CaseAction.CORRECTION_REQUESTED) {
        when(RiskRule.REPEATED_CORRECTION)
            .flatMap(p -> RiskChecks.repeatedCorrection(number, c.getCorrectionCount(), p, actor))
            .ifPresent(found::add);
      } else if (action == CaseAction.DECIDED) {
        when(RiskRule.ACCEPTOR_DECIDED)
            .flatMap(
                p ->
                    RiskChecks.acceptorDecided(
                        number,
                        c.getItemVersion().isSeparateAcceptanceAndDecision(),
                        c.getAcceptedBy(),
                        c.getDecidedBy()))
            .ifPresent(found::add);
        if (RiskChecks.offHours(
            e.getOccurredAt(), ZONE, time.calendar(), settings.workStart(), settings.workEnd())) {
          when(RiskRule.BULK_DECISIONS_OFF_HOURS)
              .flatMap(
                  p ->
                      RiskChecks.bulkDecisions(
                          actor, e.getOccurredAt(), ZONE, decisionsWithinHour(e), p))
              .ifPresent(found::add);
        }
      } else if (action == CaseAction.REFUSED) {
        when(RiskRule.REFUSAL_WITHOUT_REASONS)
            .flatMap(p -> RiskChecks.refusalWithoutReasons(number, c.getRefusalReasons(), p, actor))
            .ifPresent(found::add);
      } else if (action == CaseAction.SUSPENDED) {
        when(RiskRule.REPEATED_SUSPENSION)
            .flatMap(
                p -> RiskChecks.repeatedSuspension(number, c.getSuspensions().size(), p, actor))
            .ifPresent(found::add);
      } else if (action == CaseAction.FEE_RECORDED) {
        when(RiskRule.FEE_ON_FREE_ITEM)
            .flatMap(
                p ->
                    RiskChecks.feeOnFreeItem(
                        number, e.getId(), c.getItemVersion().isCharged(), e.getNote(), actor))
            .ifPresent(found::add);
      } else if (action == CaseAction.MATERIAL_UPLOADED) {
        when(RiskRule.MATERIAL_AFTER_ACCEPTANCE)
            .flatMap(
                p ->
                    RiskChecks.materialAfterAcceptance(
                        number, e.getId(), e.getNote(), c.getAcceptedOn(), actor))
            .ifPresent(found::add);
      }
    }
    return record(c, found, time);
  }

  /** The rules that look at a case's state rather than an action: idle and long suspensions. */
  public List<RiskFinding> onState(ApprovalCase c, CaseTime time) {
    List<RiskFinding> found = new ArrayList<>();
    String number = c.getNumber();
    String assignee =
        c.getCurrentAssignee() == null ? null : c.getCurrentAssignee().getAccount().getUsername();
    when(RiskRule.CASE_IDLE)
        .flatMap(
            p ->
                RiskChecks.idle(
                    number,
                    c.getUpdatedAt().atZone(ZONE).toLocalDate(),
                    time.today(),
                    time.calendar(),
                    p,
                    assignee))
        .ifPresent(found::add);
    c.ongoingSuspension()
        .ifPresent(
            s ->
                when(RiskRule.LONG_SUSPENSION)
                    .flatMap(
                        p ->
                            RiskChecks.longSuspension(
                                number, index(c, s), s.getStartedOn(), time.today(), p, assignee))
                    .ifPresent(found::add));
    return record(c, found, time);
  }

  private static int index(ApprovalCase c, CaseSuspension s) {
    return c.getSuspensions().indexOf(s);
  }

  private Optional<Integer> when(RiskRule rule) {
    RiskRuleSetting s = setting(rule);
    return s.isEnabled() ? Optional.of(s.getParameter()) : Optional.empty();
  }

  private long decisionsWithinHour(CaseEvent e) {
    return em.createQuery(
            "SELECT COUNT(e) FROM CaseEvent e WHERE e.actor = :actor AND e.action = :action"
                + " AND e.occurredAt > :since AND e.occurredAt <= :until",
            Long.class)
        .setParameter("actor", e.getActor())
        .setParameter("action", CaseAction.DECIDED)
        .setParameter("since", e.getOccurredAt().minus(Duration.ofHours(1)))
        .setParameter("until", e.getOccurredAt())
        .getSingleResult();
  }

  private List<RiskFinding> record(ApprovalCase c, List<RiskFinding> found, CaseTime time) {
    List<RiskFinding> recorded = new ArrayList<>();
    for (RiskFinding f : found) {
      long known =
          em.createNamedQuery("RiskEvent.countByFingerprint", Long.class)
              .setParameter("rule", f.rule())
              .setParameter("fingerprint", f.fingerprint())
              .getSingleResult();
      if (known == 0) {
        em.persist(new RiskEvent(c, f, time.now()));
        recorded.add(f);
      }
    }
    return recorded;
  }
}
