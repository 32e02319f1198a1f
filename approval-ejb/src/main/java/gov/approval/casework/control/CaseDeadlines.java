package gov.approval.casework.control;

import gov.approval.casework.boundary.DeadlineRun;
import gov.approval.casework.entity.ApprovalCase;
import gov.approval.casework.entity.CaseStatus;
import gov.approval.casework.entity.CaseTime;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The deadline rules applied by the platform itself. Each case is handled in its own transaction,
 * so one that fails (e.g. a clerk acting on it at the same moment) is retried next hour and blocks
 * nothing; every rule is idempotent, so running twice, or on two servers, changes nothing more.
 */
@Stateless
public class CaseDeadlines {

  private static final Logger LOG = Logger.getLogger(CaseDeadlines.class.getName());

  @PersistenceContext EntityManager em;

  @Resource SessionContext context;

  @Inject Clock clock;

  @Inject CaseClock caseClock;

  @Inject CaseCommits commits;

  @Schedule(hour = "*", minute = "5", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void hourly() {
    // A timeout that throws is retried and then expunged by the container: the rules would stop
    // until the next deployment. A failed hour (the database away, or not yet migrated while the
    // application starts) is logged, and the next hour tries again.
    try {
      DeadlineRun run = runAsOf(LocalDate.now(clock));
      LOG.fine(() -> "Case deadlines: " + run);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Case deadlines could not run this hour: " + e.getMessage(), e);
    }
  }

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public DeadlineRun runAsOf(LocalDate day) {
    CaseDeadlines self = context.getBusinessObject(CaseDeadlines.class);
    int deemed = 0;
    int reminded = 0;
    int terminated = 0;
    int failed = 0;
    // Cases still waiting for acceptance whose correction window may have closed: their stored
    // due date is the window's last day.
    List<Long> waiting = self.awaitingAcceptance(day);
    for (Long id : waiting) {
      try {
        deemed += self.deem(id, day) ? 1 : 0;
      } catch (RuntimeException e) {
        failed++;
        LOG.log(Level.WARNING, "Deemed acceptance of case " + id + " failed: " + e.getMessage());
      }
    }
    List<Long> deficient = self.deficienciesDue(day);
    for (Long id : deficient) {
      try {
        int outcome = self.deficiency(id, day);
        reminded += outcome == 1 ? 1 : 0;
        terminated += outcome == 2 ? 1 : 0;
      } catch (RuntimeException e) {
        failed++;
        LOG.log(Level.WARNING, "容缺 deadline of case " + id + " failed: " + e.getMessage());
      }
    }
    // A running special procedure moves the due date every day it lasts.
    for (Long id : self.suspended()) {
      try {
        self.refreshDue(id, day);
      } catch (RuntimeException e) {
        failed++;
        LOG.log(Level.WARNING, "Due date of case " + id + " not moved: " + e.getMessage());
      }
    }
    return new DeadlineRun(deemed, reminded, terminated, failed);
  }

  // The id lists are read in transactions of their own: the run itself has none, and an entity
  // manager used outside a transaction may be closed between creating and executing a query.

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> awaitingAcceptance(LocalDate day) {
    return em.createNamedQuery("ApprovalCase.awaitingAcceptance", Long.class)
        .setParameter("statuses", CaseStatus.AWAITING_ACCEPTANCE)
        .setParameter("today", day)
        .getResultList();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> deficienciesDue(LocalDate day) {
    return em.createNamedQuery("ApprovalCase.deficienciesDue", Long.class)
        .setParameter("statuses", List.of(CaseStatus.ACCEPTED, CaseStatus.SUSPENDED))
        .setParameter("until", day.plusDays(14))
        .getResultList();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> suspended() {
    return em.createQuery("SELECT c.id FROM ApprovalCase c WHERE c.status = :suspended", Long.class)
        .setParameter("suspended", CaseStatus.SUSPENDED)
        .getResultList();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean deem(Long id, LocalDate day) {
    ApprovalCase c = em.find(ApprovalCase.class, id);
    CaseTime time = caseClock.on(day);
    if (c == null || !c.deemAcceptedIfLate(time)) {
      return false;
    }
    commits.store(c);
    return true;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void refreshDue(Long id, LocalDate day) {
    ApprovalCase c = em.find(ApprovalCase.class, id);
    if (c != null) {
      CaseTime time = caseClock.on(day);
      c.refreshDue(time.calendar(), time.today());
    }
  }

  /** 0 nothing, 1 reminded, 2 terminated. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int deficiency(Long id, LocalDate day) {
    ApprovalCase c = em.find(ApprovalCase.class, id);
    if (c == null) {
      return 0;
    }
    CaseTime time = caseClock.on(day);
    int outcome = 0;
    if (c.terminateIfDeficienciesLate(time)) {
      outcome = 2;
    } else if (c.remindOfDeficienciesIfDue(time)) {
      outcome = 1;
    }
    if (outcome > 0) {
      commits.store(c);
    }
    return outcome;
  }
}
