package gov.approval.platform.boundary;

import jakarta.activation.DataHandler;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MailSessionDefinition;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMTP transport: sends one {@link Mail} through the application's mail session, now. Features
 * never call it; they fire a {@link Mail} event inside their transaction, and the mail outbox
 * ({@code gov.approval.mail}) stores it there and sends it through this transport after the commit,
 * retrying while the mail server fails.
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
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Mailer {

  public static final String SESSION = "java:app/mail/approval";

  private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

  @Resource(lookup = SESSION)
  Session session;

  @Inject
  @ConfigProperty(name = "approval.mail.enabled", defaultValue = "true")
  boolean enabled;

  /** Whether mail is sent at all ({@code approval.mail.enabled}). */
  public boolean isEnabled() {
    return enabled;
  }

  /** Sends now; returns whether the server took the message (failures are logged). */
  public boolean send(Mail mail) {
    if (!enabled) {
      LOG.fine(() -> "Mail disabled, not sent: " + mail.subject());
      return false;
    }
    try {
      deliver(mail);
      return true;
    } catch (MessagingException e) {
      LOG.log(Level.WARNING, "Mail to " + mail.to() + " not sent: " + e.getMessage());
      return false;
    }
  }

  /**
   * Hands {@code mail} to the SMTP server now, or throws what the server (or the connection to it)
   * said. Plain text in UTF-8; with attachments, a multipart message with the text first.
   */
  public void deliver(Mail mail) throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
    message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
    if (mail.attachments().isEmpty()) {
      message.setText(mail.body(), StandardCharsets.UTF_8.name());
    } else {
      MimeMultipart parts = new MimeMultipart();
      MimeBodyPart text = new MimeBodyPart();
      text.setText(mail.body(), StandardCharsets.UTF_8.name());
      parts.addBodyPart(text);
      for (MailAttachment attachment : mail.attachments()) {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(
            new DataHandler(
                new ByteArrayDataSource(attachment.content(), attachment.contentType())));
        part.setFileName(encodedFileName(attachment.fileName()));
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        parts.addBodyPart(part);
      }
      message.setContent(parts);
    }
    message.setSentDate(new Date());
    Transport.send(message);
  }

  /** Chinese file names survive every mail client as RFC 2047 words. */
  private static String encodedFileName(String fileName) throws MessagingException {
    try {
      return MimeUtility.encodeText(fileName, StandardCharsets.UTF_8.name(), "B");
    } catch (UnsupportedEncodingException e) {
      throw new MessagingException("UTF-8 not supported", e);
    }
  }
}
