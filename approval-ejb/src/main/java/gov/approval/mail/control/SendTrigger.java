package gov.approval.mail.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Starts a background run of the sender once a transaction that queued mail has committed, so mail
 * normally leaves within a second. Commits that arrive while a run is pending share that run; a
 * commit during a run starts another, so nothing waits for the timer.
 */
@ApplicationScoped
public class SendTrigger {

  private static final Logger LOG = Logger.getLogger(SendTrigger.class.getName());

  private final AtomicBoolean pending = new AtomicBoolean();

  @Resource ManagedExecutorService executor;

  @Inject OutboxSender sender;

  @Inject Clock clock;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxChanged changed) {
    if (!pending.compareAndSet(false, true)) {
      return;
    }
    try {
      executor.execute(
          () -> {
            pending.set(false);
            sender.sendDue(clock.instant());
          });
    } catch (RejectedExecutionException e) {
      // The timer sends it instead; the mail is stored either way.
      pending.set(false);
      LOG.warning(() -> "Mail sender not started now, the timer will send: " + e.getMessage());
    }
  }
}
