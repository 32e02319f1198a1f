package gov.approval.it.mail;

import gov.approval.platform.boundary.Mail;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * A business action of the test WAR that asks for mail as features do: it fires {@link Mail} in its
 * transaction, which then commits or rolls back.
 */
@Stateless
@PermitAll
public class MailFiring {

  @Inject Event<Mail> mails;

  @Resource SessionContext context;

  public void fire(Mail mail) {
    mails.fire(mail);
  }

  /** Fires the mail, then the action fails and its transaction rolls back. */
  public void fireThenRollBack(Mail mail) {
    mails.fire(mail);
    context.setRollbackOnly();
  }
}
