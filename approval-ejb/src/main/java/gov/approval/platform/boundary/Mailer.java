package gov.approval.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MailSessionDefinition;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends mail through the application's mail session. Features fire a {@link Mail} event inside
 * their transaction; it is sent only after that transaction committed, asynchronously, and a
 * failing mail server is logged and never undoes or delays the business action. (The cases feature
 * adds an outbox with retries for mail that must not be lost.)
 */
@MailSessionDefinition(
    name = Mailer.SESSION,
    host = "${MPCONFIG=approval.mail.host}",
    from = "${MPCONFIG=approval.mail.from}",
    user = "${MPCONFIG=approval.mail.user}",
    password = "${MPCONFIG=approval.mail.password}",
    transportProtocol = "smtp",
    properties = {
      "mail.smtp.port=${MPCONFIG=approval.mail.port}",
      "mail.smtp.auth=${MPCONFIG=approval.mail.auth}",
      "mail.smtp.starttls.enable=${MPCONFIG=approval.mail.starttls}",
      "mail.smtp.connectiontimeout=5000",
      "mail.smtp.timeout=10000",
      "mail.smtp.writetimeout=10000"
    })
@Stateless
public class Mailer {

  public static final String SESSION = "java:app/mail/approval";

  private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

  @Resource(lookup = SESSION)
  Session session;

  @Inject
  @ConfigProperty(name = "approval.mail.enabled", defaultValue = "true")
  boolean enabled;

  /** Sends {@code mail} once the transaction that fired it has committed. */
  @Asynchronous
  public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Mail mail) {
    send(mail);
  }

  /** Sends now; returns whether the server took the message. */
  public boolean send(Mail mail) {
    if (!enabled) {
      LOG.fine(() -> "Mail disabled, not sent: " + mail.subject());
      return false;
    }
    try {
      MimeMessage message = new MimeMessage(session);
      message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
      message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
      message.setText(mail.body(), StandardCharsets.UTF_8.name());
      message.setSentDate(new Date());
      Transport.send(message);
      return true;
    } catch (MessagingException e) {
      LOG.log(Level.WARNING, "Mail to " + mail.to() + " not sent: " + e.getMessage());
      return false;
    }
  }
}
