package gov.approval.mail.control;

import gov.approval.mail.boundary.SendReport;
import gov.approval.mail.entity.MailState;
import gov.approval.mail.entity.OutboxMail;
import gov.approval.platform.boundary.Mail;
import gov.approval.platform.boundary.Mailer;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the due mails of the outbox, each on its own: a short transaction claims it (moves its next
 * attempt past a lease, so no other sender, here or on another server, takes it), the transport
 * sends it outside any transaction, and a second short transaction records the outcome. A server
 * that dies between the two leaves the mail queued; it is sent again after the lease.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

  private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

  /** How long a claim holds: far longer than one SMTP conversation may take (timeouts 5–10 s). */
  static final Duration LEASE = Duration.ofMinutes(10);

  /** Due mails read per query. */
  static final int BATCH = 100;

  @PersistenceContext EntityManager em;

  @Inject Mailer mailer;

  @Inject Clock clock;

  @Resource SessionContext context;

  @Inject
  @ConfigProperty(name = "approval.mail.outbox.max-attempts", defaultValue = "10")
  int maxAttempts;

  /**
   * Tries every mail due at {@code asOf} once, oldest first (a mail that fails again in this run
   * waits for the next). Nothing is sent while mail is disabled; the mails stay queued.
   */
  public SendReport sendDue(Instant asOf) {
    if (!mailer.isEnabled()) {
      return SendReport.NONE;
    }
    OutboxSender self = context.getBusinessObject(OutboxSender.class);
    int sent = 0;
    int retrying = 0;
    int failed = 0;
    long after = 0;
    List<Long> due;
    do {
      due =
          em.createNamedQuery("OutboxMail.findDueIds", Long.class)
              .setParameter("queued", MailState.QUEUED)
              .setParameter("asOf", asOf)
              .setParameter("after", after)
              .setMaxResults(BATCH)
              .getResultList();
      for (Long id : due) {
        after = id;
        MailState outcome = sendOne(self, id, asOf);
        if (outcome == MailState.SENT) {
          sent++;
        } else if (outcome == MailState.QUEUED) {
          retrying++;
        } else if (outcome == MailState.FAILED) {
          failed++;
        }
      }
    } while (due.size() == BATCH);
    return new SendReport(sent, retrying, failed);
  }

  /** Claims, sends and records one mail; null when another sender had it or it was not due. */
  private MailState sendOne(OutboxSender self, long id, Instant asOf) {
    Optional<Mail> claimed;
    try {
      claimed = self.claim(id, asOf);
    } catch (RuntimeException e) {
      // A concurrent claim the database refused instead of waiting: the other sender has it.
      LOG.log(Level.FINE, "Mail " + id + " not claimed", e);
      return null;
    }
    if (claimed.isEmpty()) {
      return null;
    }
    String error = null;
    try {
      mailer.deliver(claimed.get());
    } catch (Exception e) {
      error = describe(e);
      LOG.warning("Mail " + id + " to " + claimed.get().to() + " not sent: " + error);
    }
    try {
      return self.record(id, error);
    } catch (RuntimeException e) {
      // E.g. retried by hand while this attempt ran, and sent by another run: the rest still go.
      LOG.log(Level.WARNING, "Outcome of mail " + id + " not recorded", e);
      return null;
    }
  }

  /**
   * The claim, in its own transaction: the mail to send, or empty if it is not (or no more) due.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<Mail> claim(long id, Instant asOf) {
    Instant now = clock.instant();
    Instant leaseEnd = (asOf.isAfter(now) ? asOf : now).plus(LEASE);
    int claimed =
        em.createNamedQuery("OutboxMail.claim")
            .setParameter("leaseEnd", leaseEnd)
            .setParameter("id", id)
            .setParameter("queued", MailState.QUEUED)
            .setParameter("asOf", asOf)
            .executeUpdate();
    if (claimed == 0) {
      return Optional.empty();
    }
    return Optional.of(em.find(OutboxMail.class, id).toMail());
  }

  /** The outcome of an attempt, in its own transaction; returns the mail's state after it. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public MailState record(long id, String error) {
    OutboxMail mail = em.find(OutboxMail.class, id);
    Instant now = clock.instant();
    if (error == null) {
      mail.sent(now);
    } else {
      mail.failed(now, error, maxAttempts);
    }
    return mail.getState();
  }

  /** What went wrong, as staff can read it: the innermost cause's type and message. */
  static String describe(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage();
    String outer = failure == cause ? "" : failure.getMessage() + " — ";
    return OutboxMail.shortError(
        outer + cause.getClass().getSimpleName() + (message == null ? "" : ": " + message));
  }
}
