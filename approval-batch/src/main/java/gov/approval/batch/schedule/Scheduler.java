package gov.approval.batch.schedule;

import gov.approval.batch.admin.boundary.JobParameters;
import gov.approval.batch.admin.control.BatchOperator;
import gov.approval.platform.control.Clocks;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One tick of the scheduler at a given instant: every enabled schedule whose expression names that
 * minute (in the city's time zone) and whose slot no server has claimed yet is claimed and, if this
 * server won the claim, its job is started, unless a run of the same job is still going. Two runs
 * of one job at once would work on the same rows (two statistics runs replace the same days, two
 * republications send the same changes), so an overlapping slot is skipped and logged, not queued:
 * the next slot catches up, because every job works out what is left to do. Tests call {@link
 * #tick} with any instant.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Scheduler {

  @EJB BatchOperator operator;

  private static final Logger LOG = Logger.getLogger(Scheduler.class.getName());

  /** A schedule this server fired and the execution it started. */
  public record Fired(long scheduleId, String jobName, long executionId) {}

  @Inject ScheduleClaims claims;

  public List<Fired> tick(Instant at) {
    Instant slot = at.truncatedTo(ChronoUnit.MINUTES);
    LocalDateTime minute = LocalDateTime.ofInstant(slot, Clocks.CITY_ZONE);
    List<Fired> fired = new ArrayList<>();
    for (ScheduleClaims.Due due : claims.enabled()) {
      CronExpression cron;
      try {
        cron = CronExpression.parse(due.cron());
      } catch (IllegalArgumentException e) {
        // Saved expressions are validated; one changed behind the page's back is skipped, not
        // fatal.
        LOG.warning("Schedule " + due.id() + " has a bad expression: " + e.getMessage());
        continue;
      }
      if (!cron.matches(minute) || (due.lastFire() != null && !due.lastFire().isBefore(slot))) {
        continue;
      }
      if (!claims.claim(due.id(), due.version(), slot)) {
        continue;
      }
      try {
        List<Long> running = runningExecutions(due.jobName());
        if (!running.isEmpty()) {
          LOG.warning(
              "Schedule "
                  + due.id()
                  + " skipped the slot "
                  + slot
                  + ": "
                  + due.jobName()
                  + " is still running (execution "
                  + running.get(0)
                  + ")");
          continue;
        }
        long execution =
            operator.start(
                due.jobName(),
                JobParameters.forStart(
                    due.parameters(), LocalDate.ofInstant(slot, Clocks.CITY_ZONE)));
        claims.recordExecution(due.id(), execution);
        fired.add(new Fired(due.id(), due.jobName(), execution));
      } catch (RuntimeException e) {
        // The slot stays claimed: a start that failed is reported, not retried every minute.
        LOG.log(Level.WARNING, "Schedule " + due.id() + " could not start " + due.jobName(), e);
      }
    }
    return fired;
  }

  private List<Long> runningExecutions(String jobName) {
    try {
      return operator.getRunningExecutions(jobName);
    } catch (NoSuchJobException e) {
      // The job has never run: nothing runs either.
      return List.of();
    }
  }
}
