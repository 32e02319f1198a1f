package gov.approval.it.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import gov.approval.it.support.ActAs;
import gov.approval.it.support.Deployments;
import gov.approval.it.support.Mailbox;
import gov.approval.it.support.SwitchUser;
import gov.approval.it.support.Unique;
import gov.approval.mail.boundary.MailOutbox;
import gov.approval.mail.boundary.MailSearch;
import gov.approval.mail.boundary.OutboxMailRow;
import gov.approval.mail.boundary.SendReport;
import gov.approval.mail.entity.MailState;
import gov.approval.platform.boundary.BusinessException;
import gov.approval.platform.boundary.ConcurrentChangeException;
import gov.approval.platform.boundary.Mail;
import gov.approval.platform.boundary.MailAttachment;
import gov.approval.platform.boundary.Page;
import gov.approval.platform.boundary.PageRequest;
import gov.approval.platform.boundary.SqlStatements;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The mail outbox in the real server against a real SMTP server: GreenMail runs inside the server
 * (these tests run there) on the port the test domain's mail session points at, and each test
 * starts and stops its own. A mail fired in a committed transaction arrives once, a rolled-back one
 * never; an SMTP outage leaves the mail queued with its error until the server is back; an
 * attachment arrives as sent. Every test uses its own recipient and reference.
 */
@ExtendWith(ArquillianExtension.class)
@ActAs("admin")
class MailOutboxIT {

  private static final Logger LOG = Logger.getLogger(MailOutboxIT.class.getName());

  private static final Duration DEADLINE = Duration.ofSeconds(20);

  /** The pause between two looks at the outbox while polling for a state. */
  private static final long POLL_MILLIS = 100;

  @Deployment
  static EnterpriseArchive deployment() {
    EnterpriseArchive ear = Deployments.platformWith(MailOutboxIT.class, MailFiring.class);
    // GreenMail runs in the server with the tests; the server provides Jakarta Mail.
    ear.addAsLibraries(jarOf(GreenMail.class), jarOf(org.slf4j.Logger.class));
    return ear;
  }

  @Inject MailFiring firing;

  @Inject MailOutbox outbox;

  @Inject SwitchUser switchUser;

  @Test
  void aCommittedMailArrivesExactlyOnceAndIsSent() throws Exception {
    String reference = reference();
    String to = address(reference);
    GreenMail smtp = Mailbox.start();
    try {
      Instant fired = Instant.now();
      firing.fire(new Mail(to, "受理通知 " + reference, "您的申请已受理。").withReference(reference));

      MimeMessage arrived = awaitMailTo(smtp, to);
      Duration latency = Duration.between(fired, Instant.now());
      LOG.info(() -> "Mail outbox: committed mail arrived after " + latency.toMillis() + " ms");
      // Sent by the run the commit starts, not by the timer (30 s).
      assertThat(latency).isLessThan(Duration.ofSeconds(10));
      assertThat(arrived.getSubject()).isEqualTo("受理通知 " + reference);
      assertThat(arrived.getContent().toString()).contains("您的申请已受理");
      OutboxMailRow row = awaitRow(reference, r -> r.state() == MailState.SENT);
      assertThat(row.attempts()).isEqualTo(1);
      assertThat(row.sentAt()).isNotNull();
      assertThat(row.lastError()).isNull();

      // Another run, even one that sends everything due within the hour, sends it no more.
      outbox.sendDue(Instant.now().plus(Duration.ofHours(1)));
      assertThat(messagesTo(smtp, to)).hasSize(1);
    } finally {
      smtp.stop();
    }
  }

  @Test
  void aRolledBackActionQueuesAndSendsNothing() throws Exception {
    String reference = reference();
    String to = address(reference);
    GreenMail smtp = Mailbox.start();
    try {
      firing.fireThenRollBack(new Mail(to, "不应发出", "事务已回滚。").withReference(reference));

      outbox.sendDue(Instant.now().plus(Duration.ofHours(1)));

      assertThat(rows(reference)).isEmpty();
      assertThat(messagesTo(smtp, to)).isEmpty();
    } finally {
      smtp.stop();
    }
  }

  @Test
  void anSmtpOutageDelaysTheMailAndLosesNone() throws Exception {
    String reference = reference();
    String to = address(reference);

    // No SMTP server listens: the attempt after the commit (or this run) fails.
    firing.fire(new Mail(to, "补正通知 " + reference, "请补正材料。").withReference(reference));
    outbox.sendDue(Instant.now());
    OutboxMailRow queued = awaitRow(reference, r -> r.attempts() >= 1);
    assertThat(queued.state()).isEqualTo(MailState.QUEUED);
    assertThat(queued.attempts()).isEqualTo(1);
    assertThat(queued.lastError()).isNotBlank().doesNotContain("\n").doesNotContain("\tat ");
    assertThat(queued.nextAttemptAt()).isAfter(Instant.now());
    assertThat(queued.sentAt()).isNull();

    GreenMail smtp = Mailbox.start();
    try {
      // The retry is due in a minute; a run as of an hour later sends it without waiting.
      outbox.sendDue(Instant.now().plus(Duration.ofHours(1)));

      MimeMessage arrived = awaitMailTo(smtp, to);
      assertThat(arrived.getSubject()).isEqualTo("补正通知 " + reference);
      OutboxMailRow sent = awaitRow(reference, r -> r.state() == MailState.SENT);
      assertThat(sent.attempts()).isEqualTo(2);
      assertThat(sent.lastError()).isNull();
      outbox.sendDue(Instant.now().plus(Duration.ofHours(2)));
      assertThat(messagesTo(smtp, to)).hasSize(1);
    } finally {
      smtp.stop();
    }
  }

  @Test
  void twoSenderRunsAtOnceSendEachMailOnce() throws Exception {
    String batch = reference();
    List<String> references = List.of(1, 2, 3, 4, 5).stream().map(n -> batch + "-" + n).toList();
    // While no SMTP server listens, every mail fails its first attempt and waits for a retry.
    for (String reference : references) {
      firing.fire(new Mail(address(reference), "并发 " + reference, "正文").withReference(reference));
    }
    for (String reference : references) {
      awaitRow(reference, r -> r.attempts() >= 1);
    }

    GreenMail smtp = Mailbox.start();
    try {
      ManagedExecutorService executor =
          InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
      Instant asOf = Instant.now().plus(Duration.ofHours(1));
      Future<SendReport> first = executor.submit(() -> outbox.sendDue(asOf));
      Future<SendReport> second = executor.submit(() -> outbox.sendDue(asOf));
      first.get(30, TimeUnit.SECONDS);
      second.get(30, TimeUnit.SECONDS);

      for (String reference : references) {
        assertThat(messagesTo(smtp, address(reference))).as(reference).hasSize(1);
        OutboxMailRow row = awaitRow(reference, r -> true);
        assertThat(row.state()).as(reference).isEqualTo(MailState.SENT);
        assertThat(row.attempts()).as(reference).isEqualTo(2);
      }
    } finally {
      smtp.stop();
    }
  }

  @Test
  void aPdfAttachmentArrivesWithTheMail() throws Exception {
    String reference = reference();
    String to = address(reference);
    byte[] pdf = "%PDF-1.4\n% 决定书 test\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
    GreenMail smtp = Mailbox.start();
    try {
      firing.fire(
          new Mail(to, "准予许可决定书", "决定书见附件。")
              .withReference(reference)
              .withAttachment(MailAttachment.pdf("准予许可决定书.pdf", pdf)));

      MimeMessage arrived = awaitMailTo(smtp, to);
      assertThat(arrived.getContent()).isInstanceOf(Multipart.class);
      Multipart parts = (Multipart) arrived.getContent();
      assertThat(parts.getCount()).isEqualTo(2);
      assertThat(parts.getBodyPart(0).getContent().toString()).contains("决定书见附件");
      BodyPart attachment = parts.getBodyPart(1);
      assertThat(attachment.getDisposition()).isEqualToIgnoringCase(Part.ATTACHMENT);
      assertThat(MimeUtility.decodeText(attachment.getFileName())).isEqualTo("准予许可决定书.pdf");
      assertThat(attachment.getContentType()).startsWith("application/pdf");
      assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(pdf);
      assertThat(awaitRow(reference, r -> r.state() == MailState.SENT).attachmentCount())
          .isEqualTo(1);
    } finally {
      smtp.stop();
    }
  }

  @Test
  void aRetryWithAStaleVersionIsAConflictAndASentMailCannotBeRetried() throws Exception {
    String reference = reference();
    String to = address(reference);
    firing.fire(new Mail(to, "重试 " + reference, "正文").withReference(reference));
    OutboxMailRow failed = awaitRow(reference, r -> r.attempts() >= 1);

    assertThatThrownBy(() -> outbox.retryNow(failed.id(), failed.version() - 1))
        .isInstanceOf(ConcurrentChangeException.class);

    GreenMail smtp = Mailbox.start();
    try {
      OutboxMailRow due = outbox.retryNow(failed.id(), failed.version());
      assertThat(due.state()).isEqualTo(MailState.QUEUED);
      // The retry starts the sender once it commits: no run of ours is needed.
      awaitMailTo(smtp, to);
      OutboxMailRow sent = awaitRow(reference, r -> r.state() == MailState.SENT);

      assertThatThrownBy(() -> outbox.retryNow(sent.id(), sent.version()))
          .isInstanceOf(BusinessException.class)
          .hasMessage("mail.outbox.alreadySent");
    } finally {
      smtp.stop();
    }
  }

  @Test
  void theOutboxListIsTwoStatementsWhateverItsSize() {
    String reference = reference();
    for (int i = 0; i < 3; i++) {
      firing.fire(
          new Mail(address(reference), "列表 " + i, "正文")
              .withReference(reference)
              .withAttachment(MailAttachment.pdf("附件.pdf", new byte[] {37, 80, 68, 70})));
    }

    SqlStatements.Measured<Page<OutboxMailRow>> listed =
        SqlStatements.measure(
            () -> outbox.search(new MailSearch(null, reference, null), PageRequest.of(0, 20)));

    assertThat(listed.result().total()).isEqualTo(3);
    assertThat(listed.result().rows()).allMatch(row -> row.attachmentCount() == 1);
    assertThat(listed.statements()).isEqualTo(2);
    assertThat(
            outbox
                .search(new MailSearch(MailState.SENT, reference, null), PageRequest.of(0, 20))
                .total())
        .isZero();
  }

  @Test
  void caseStaffReadAReferencesMailsButNotTheOutbox() throws Exception {
    String reference = reference();
    firing.fire(new Mail(address(reference), "第一封", "一").withReference(reference));
    firing.fire(new Mail(address(reference), "第二封", "二").withReference(reference));

    switchUser.to("fgw.clerk1");

    assertThat(outbox.forReference(reference))
        .extracting(OutboxMailRow::subject)
        .containsExactly("第一封", "第二封");
    assertThatThrownBy(() -> outbox.search(MailSearch.ALL, PageRequest.of(0, 10)))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> outbox.sendDue(Instant.now())).isInstanceOf(EJBAccessException.class);
  }

  // ---- helpers

  private static String reference() {
    return "IT-" + Unique.digits(10);
  }

  private static String address(String reference) {
    return reference.toLowerCase() + "@example.cn";
  }

  /** A GreenMail SMTP server on the port of the test domain's mail session, started. */
  private List<OutboxMailRow> rows(String reference) {
    return outbox.search(new MailSearch(null, reference, null), PageRequest.of(0, 10)).rows();
  }

  /** Polls the outbox (the sender runs in the background) until the mail's row matches. */
  private OutboxMailRow awaitRow(String reference, Predicate<OutboxMailRow> condition)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(DEADLINE);
    List<OutboxMailRow> rows = rows(reference);
    while (rows.size() != 1 || !condition.test(rows.get(0))) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("mail " + reference + " never reached the state: " + rows);
      }
      Thread.sleep(POLL_MILLIS);
      rows = rows(reference);
    }
    return rows.get(0);
  }

  /** Waits (GreenMail blocks until mail arrives, up to the deadline) for a mail to {@code to}. */
  private static MimeMessage awaitMailTo(GreenMail smtp, String to) throws Exception {
    Instant deadline = Instant.now().plus(DEADLINE);
    int expected = 1;
    while (Instant.now().isBefore(deadline)) {
      List<MimeMessage> mine = messagesTo(smtp, to);
      if (!mine.isEmpty()) {
        return mine.get(0);
      }
      smtp.waitForIncomingEmail(1_000, expected);
      expected = smtp.getReceivedMessages().length + 1;
    }
    throw new AssertionError("no mail to " + to);
  }

  private static List<MimeMessage> messagesTo(GreenMail smtp, String to) throws Exception {
    return Arrays.stream(smtp.getReceivedMessages()).filter(message -> isTo(message, to)).toList();
  }

  private static boolean isTo(MimeMessage message, String to) {
    try {
      Address[] recipients = message.getAllRecipients();
      return recipients != null
          && Arrays.stream(recipients).anyMatch(r -> r.toString().equalsIgnoreCase(to));
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
