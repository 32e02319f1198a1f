package gov.approval.mail.boundary;

import gov.approval.identity.entity.Roles;
import gov.approval.mail.control.OutboxChanged;
import gov.approval.mail.control.OutboxSender;
import gov.approval.mail.entity.MailState;
import gov.approval.mail.entity.OutboxMail;
import gov.approval.platform.boundary.Lookups;
import gov.approval.platform.boundary.Page;
import gov.approval.platform.boundary.PageRequest;
import gov.approval.platform.boundary.PagedQuery;
import gov.approval.platform.boundary.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The mail outbox for staff. Features do not call it to send mail: they fire a {@code Mail} event
 * in their transaction. Administrators (AUDIT_VIEW or JOB_MANAGE) list every mail with its delivery
 * state and retry one at once; case staff read the mails of one reference; the sender's run is open
 * to JOB_MANAGE (the timer and the tests use it).
 */
@Stateless
@RolesAllowed({Roles.AUDIT_VIEW, Roles.JOB_MANAGE})
public class MailOutbox {

  @PersistenceContext EntityManager em;

  @Inject OutboxSender sender;

  @Inject Clock clock;

  @Inject Event<OutboxChanged> changed;

  /** One page of the mails that match {@code filter}, newest first. */
  public Page<OutboxMailRow> search(@NotNull MailSearch filter, @NotNull PageRequest request) {
    Page<OutboxMail> page =
        PagedQuery.of(
                em,
                OutboxMail.class,
                "SELECT m FROM OutboxMail m",
                "SELECT COUNT(m) FROM OutboxMail m")
            .where("m.state = :state", "state", filter.state())
            .where(
                "LOWER(m.reference) LIKE :reference ESCAPE '\\'",
                "reference",
                pattern(filter.reference()))
            .where(
                "LOWER(m.recipient) LIKE :recipient ESCAPE '\\'",
                "recipient",
                pattern(filter.recipient()))
            .page(request, "m.createdAt DESC, m.id DESC");
    return new Page<>(page.rows().stream().map(MailOutbox::row).toList(), page.total());
  }

  /**
   * The mails with exactly {@code reference} (e.g. a case's number), oldest first. The caller
   * checks that the user may see what the reference names.
   */
  @RolesAllowed(Roles.CASE_VIEW)
  public List<OutboxMailRow> forReference(@NotBlank String reference) {
    return em
        .createNamedQuery("OutboxMail.findByReference", OutboxMail.class)
        .setParameter("reference", reference.strip())
        .getResultList()
        .stream()
        .map(MailOutbox::row)
        .toList();
  }

  /**
   * Makes a queued or failed mail due now and starts the sender once this commits; a mail already
   * sent is refused, a stale {@code version} is a conflict.
   */
  public OutboxMailRow retryNow(long id, long version) {
    OutboxMail mail = Lookups.get(em, OutboxMail.class, id);
    Versions.check(mail.getVersion(), version);
    mail.retryNow(clock.instant());
    em.flush();
    changed.fire(new OutboxChanged());
    return row(mail);
  }

  /**
   * Sends every mail due at {@code asOf} now (a time in the future sends retries before their
   * backoff has passed), each in its own transaction.
   */
  @RolesAllowed(Roles.JOB_MANAGE)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public SendReport sendDue(@NotNull Instant asOf) {
    return sender.sendDue(asOf);
  }

  private static String pattern(String text) {
    if (text == null) {
      return null;
    }
    String escaped =
        text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + escaped + "%";
  }

  static OutboxMailRow row(OutboxMail mail) {
    return new OutboxMailRow(
        mail.getId(),
        mail.getVersion(),
        mail.getRecipient(),
        mail.getSubject(),
        mail.getReference(),
        mail.getAttachmentCount(),
        mail.getState(),
        mail.getAttempts(),
        mail.getState() == MailState.QUEUED ? mail.getNextAttemptAt() : null,
        mail.getLastError(),
        mail.getCreatedAt(),
        mail.getSentAt());
  }
}
