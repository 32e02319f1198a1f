package gov.approval.batch.schedule;

import gov.approval.jobs.entity.JobSchedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * The schedule table's transactions for the tick, each committed on its own so that a claim is
 * visible to the other servers before the job starts.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ScheduleClaims {

  // The persistence unit is in the EJB module beside this one: named by its jar, relative to this module.
  @PersistenceContext(unitName = "approval-ejb.jar#approval")
  EntityManager em;

  /** A snapshot of the enabled schedules: id, version, job, cron, parameters, last slot. */
  public record Due(
      long id, long version, String jobName, String cron, String parameters, Instant lastFire) {}

  public List<Due> enabled() {
    return em
        .createNamedQuery("JobSchedule.findEnabled", JobSchedule.class)
        .getResultList()
        .stream()
        .map(
            s ->
                new Due(
                    s.getId(),
                    s.getVersion(),
                    s.getJobName(),
                    s.getCron(),
                    s.getParameters(),
                    s.getLastFire()))
        .toList();
  }

  /** Whether this server won {@code slot} of the schedule (exactly one server does). */
  public boolean claim(long id, long version, Instant slot) {
    return em.createNamedQuery("JobSchedule.claim")
            .setParameter("id", id)
            .setParameter("version", version)
            .setParameter("slot", slot)
            .executeUpdate()
        == 1;
  }

  public void recordExecution(long id, long executionId) {
    em.createNamedQuery("JobSchedule.recordExecution")
        .setParameter("id", id)
        .setParameter("execution", executionId)
        .executeUpdate();
  }
}
