package gov.approval.mail.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the sender every {@code approval.mail.outbox.interval-seconds} (30 s by default): it sends
 * the retries whose backoff has passed and anything a server restart left queued. A non-persistent
 * timer on each server; the claim keeps servers from sending one mail twice.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class OutboxTimer {

  private static final Logger LOG = Logger.getLogger(OutboxTimer.class.getName());

  @Resource TimerService timers;

  @Inject OutboxSender sender;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "approval.mail.outbox.interval-seconds", defaultValue = "30")
  long intervalSeconds;

  @PostConstruct
  void schedule() {
    long interval = Math.max(1, intervalSeconds) * 1000;
    timers.createIntervalTimer(interval, interval, new TimerConfig("mail outbox", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void run() {
    try {
      sender.sendDue(clock.instant());
    } catch (RuntimeException e) {
      // The mails stay queued; the next run tries again.
      LOG.log(Level.WARNING, "Mail outbox run failed", e);
    }
  }
}
