package gov.approval.batch.schedule;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The scheduler's heartbeat: a non-persistent automatic timer on every server, at second 0 of each
 * minute. Non-persistent because the once-per-cluster guarantee comes from the claim in the
 * database ({@link Scheduler}), not from the timer store.
 */
@Singleton
public class ScheduleTimer {

  private static final Logger LOG = Logger.getLogger(ScheduleTimer.class.getName());

  @Inject Scheduler scheduler;

  @Inject Clock clock;

  @Schedule(second = "0", minute = "*", hour = "*", persistent = false, info = "job scheduler")
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void tick() {
    try {
      scheduler.tick(clock.instant());
    } catch (RuntimeException e) {
      // The next minute tries again.
      LOG.log(Level.WARNING, "Scheduler tick failed", e);
    }
  }
}
