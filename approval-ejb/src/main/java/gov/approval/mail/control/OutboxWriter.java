package gov.approval.mail.control;

import gov.approval.mail.entity.OutboxMail;
import gov.approval.platform.boundary.Mail;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Puts every fired {@link Mail} into the outbox. A synchronous observer with the default REQUIRED
 * transaction: it joins the transaction that fired the mail, so the mail is stored if and only if
 * that transaction commits; a mail that cannot be stored fails the business action with it.
 */
@Stateless
public class OutboxWriter {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject Event<OutboxChanged> changed;

  public void enqueue(@Observes Mail mail) {
    em.persist(new OutboxMail(mail, clock.instant()));
    changed.fire(new OutboxChanged());
  }
}
