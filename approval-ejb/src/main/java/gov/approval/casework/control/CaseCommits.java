package gov.approval.casework.control;

import gov.approval.casework.entity.ApprovalCase;
import gov.approval.casework.entity.CaseEvent;
import gov.approval.platform.boundary.ConcurrentChangeException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/**
 * The end of every transition: write it now (so a parallel transition on the same case fails here
 * with the conflict message instead of at commit with a stack trace), then mail the applicant in
 * the same transaction.
 */
@Dependent
public class CaseCommits {

  @PersistenceContext EntityManager em;

  @Inject CaseNotifier notifier;

  @Inject CaseNotices notices;

  @Inject jakarta.enterprise.event.Event<gov.approval.casework.boundary.CaseCommitted> committed;

  public void store(ApprovalCase c) {
    try {
      if (c.getId() == null) {
        em.persist(c);
      }
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConcurrentChangeException();
    } catch (PersistenceException e) {
      if (e.getCause() instanceof OptimisticLockException
          || e instanceof jakarta.persistence.LockTimeoutException) {
        throw new ConcurrentChangeException();
      }
      throw e;
    }
    java.util.List<CaseEvent> appended = c.takeAppendedEvents();
    for (CaseEvent event : appended) {
      notifier.mail(c, event, notices.issue(c, event));
    }
    em.flush();
    committed.fire(
        new gov.approval.casework.boundary.CaseCommitted(
            c.getId(), appended.stream().map(CaseEvent::getId).toList()));
  }
}
