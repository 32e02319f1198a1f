package gov.approval.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The SMTP server a container test's mail reaches: GreenMail on the port the test domain sends to,
 * and a wait, with a deadline, for the newest mail to an address whose subject names something.
 */
public final class Mailbox {

  private Mailbox() {}

  /** Starts GreenMail on the mail port configured for the test domain; the caller stops it. */
  public static GreenMail start() {
    int port = ConfigProvider.getConfig().getValue("approval.mail.port", Integer.class);
    GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    return smtp;
  }

  /** The newest mail to {@code address} whose subject contains {@code subjectPart}. */
  public static MimeMessage await(
      GreenMail smtp, String address, String subjectPart, Duration deadline) throws Exception {
    Instant until = Instant.now().plus(deadline);
    while (Instant.now().isBefore(until)) {
      List<MimeMessage> found =
          Arrays.stream(smtp.getReceivedMessages())
              .filter(m -> subject(m).contains(subjectPart) && isTo(m, address))
              .toList();
      if (!found.isEmpty()) {
        return found.get(found.size() - 1);
      }
      smtp.waitForIncomingEmail(1_000, smtp.getReceivedMessages().length + 1);
    }
    throw new AssertionError("no mail about " + subjectPart + " reached " + address);
  }

  private static boolean isTo(MimeMessage m, String address) {
    try {
      return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
          .anyMatch(r -> r.toString().equals(address));
    } catch (MessagingException e) {
      return false;
    }
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
