package gov.approval.it.casework;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import gov.approval.casework.boundary.ApplicationService;
import gov.approval.casework.boundary.CaseHandlingService;
import gov.approval.casework.boundary.CaseView;
import gov.approval.documents.boundary.FileService;
import gov.approval.documents.boundary.Upload;
import gov.approval.it.support.ActAs;
import gov.approval.it.support.Deployments;
import gov.approval.it.support.Mailbox;
import gov.approval.it.support.SwitchUser;
import gov.approval.it.support.TestCases;
import gov.approval.it.support.TestFiles;
import gov.approval.mail.boundary.MailOutbox;
import gov.approval.mail.boundary.OutboxMailRow;
import gov.approval.mail.entity.MailState;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What applicants receive: each step of a case sends exactly one mail with its notice attached as
 * PDF (number, reason and the progress link inside), and an SMTP outage delays the mail of a step
 * without losing it. GreenMail runs inside the server with these tests.
 */
@ExtendWith(ArquillianExtension.class)
class CaseMailIT {

  private static final Duration DEADLINE = Duration.ofSeconds(20);

  @Deployment
  static EnterpriseArchive deployment() {
    EnterpriseArchive ear = Deployments.platformWith(CaseMailIT.class);
    ear.addAsLibraries(
        jarOf(GreenMail.class), jarOf(org.slf4j.Logger.class), jarOf(PDDocument.class));
    ear.addAsLibraries(jarOf(org.apache.pdfbox.io.RandomAccessRead.class));
    ear.addAsLibraries(jarOf(org.apache.fontbox.FontBoxFont.class));
    ear.addAsLibraries(jarOf(org.apache.commons.logging.Log.class));
    return ear;
  }

  @Inject ApplicationService applications;

  @Inject CaseHandlingService handling;

  @Inject MailOutbox outbox;

  @Inject FileService files;

  @Inject TestCases testCases;

  @Inject SwitchUser switchUser;

  @Test
  @ActAs("fgw.clerk1")
  void eachStepMailsOnceWithItsNotice() throws Exception {
    GreenMail smtp = Mailbox.start();
    try {
      String citizen = testCases.newCitizen("冯一");
      String address = citizen + "@example.cn";
      String code = testCases.publishedLicence(citizen);
      CaseView draft = applications.startDraft(code, applications.myApplicantDefaults(), "新建储能电站");
      CaseView uploaded =
          applications.uploadMaterial(
              draft.id(), draft.version(), 0, new Upload("申请报告.pdf", TestFiles.pdf("申请报告")));
      CaseView submitted = applications.submit(uploaded.id(), uploaded.version());

      MimeMessage receipt = awaitMails(smtp, address, submitted.number(), 1).get(0);
      assertThat(receipt.getSubject()).contains("申请已提交").contains(submitted.number());
      assertThat(attachmentName(receipt)).isEqualTo("受理回执-" + submitted.number() + ".pdf");

      switchUser.to("fgw.clerk1");
      CaseView noticed =
          handling.requestCorrection(
              submitted.id(), submitted.version(), Map.of(1, "缺少规划选址意见书原件扫描件"), null);
      MimeMessage correction = awaitMails(smtp, address, submitted.number(), 2).get(1);
      assertThat(correction.getSubject()).contains("补正");
      String pdf = pdfText(correction);
      assertThat(pdf)
          .contains("一次性告知书")
          .contains(submitted.number())
          .contains("城乡规划选址意见")
          .contains("缺少规划选址意见书原件扫描件");
      assertThat(decoded(correction)).contains("/progress.xhtml?number=" + submitted.number());

      CaseView timeline = handling.caseFile(noticed.id());
      String noticeFile = timeline.events().get(timeline.events().size() - 1).noticeStorageName();
      assertThat(noticeFile).isNotNull();
      switchUser.to(citizen);
      assertThat(files.download(noticeFile).mediaType()).isEqualTo("application/pdf");

      CaseView corrected =
          applications.uploadMaterial(
              noticed.id(), noticed.version(), 1, new Upload("选址意见.png", TestFiles.png()));
      CaseView answered = applications.answerCorrection(corrected.id(), corrected.version());
      switchUser.to("fgw.clerk1");
      handling.accept(answered.id(), answered.version());

      List<MimeMessage> all = awaitMails(smtp, address, submitted.number(), 4);
      assertThat(all)
          .extracting(MimeMessage::getSubject)
          .anySatisfy(s -> assertThat(s).contains("补正材料已收到"))
          .anySatisfy(s -> assertThat(s).contains("申请已受理"));
      assertThat(outbox.forReference(submitted.number()))
          .as("one mail per step: submitted, correction, answered, accepted")
          .hasSize(4);
    } finally {
      smtp.stop();
    }
  }

  @Test
  @ActAs("fgw.clerk1")
  void anSmtpOutageDelaysTheMailOfAStepAndLosesNone() throws Exception {
    String citizen = testCases.newCitizen("陈二");
    String address = citizen + "@example.cn";
    String code = testCases.publishedLicence(citizen);
    CaseView draft = applications.startDraft(code, applications.myApplicantDefaults(), null);
    CaseView uploaded =
        applications.uploadMaterial(
            draft.id(), draft.version(), 0, new Upload("申请报告.pdf", TestFiles.pdf("申请报告")));
    CaseView submitted = applications.submit(uploaded.id(), uploaded.version());
    switchUser.to("fgw.clerk1");
    handling.refuse(submitted.id(), submitted.version(), "不属于本机关职权范围");

    switchUser.to("admin");
    outbox.sendDue(Instant.now());
    switchUser.to("fgw.clerk1");
    List<OutboxMailRow> waiting = handling.mails(submitted.id());
    assertThat(waiting).hasSize(2).allMatch(r -> r.state() == MailState.QUEUED);

    GreenMail smtp = Mailbox.start();
    try {
      switchUser.to("admin");
      outbox.sendDue(Instant.now().plus(Duration.ofHours(1)));
      List<MimeMessage> arrived = awaitMails(smtp, address, submitted.number(), 2);
      assertThat(arrived)
          .extracting(MimeMessage::getSubject)
          .anySatisfy(s -> assertThat(s).contains("不予受理"));
      MimeMessage refusal =
          arrived.stream().filter(m -> subject(m).contains("不予受理")).findFirst().orElseThrow();
      assertThat(pdfText(refusal)).contains("不予受理通知书").contains("行政复议");
      outbox.sendDue(Instant.now().plus(Duration.ofHours(2)));
      assertThat(messagesAbout(smtp, address, submitted.number())).hasSize(2);
    } finally {
      smtp.stop();
    }
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The mails to {@code address} about case {@code number} (its number is in every subject). */
  private static List<MimeMessage> messagesAbout(GreenMail smtp, String address, String number) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> subject(m).contains(number))
        .filter(
            m -> {
              try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .anyMatch(r -> r.toString().equals(address));
              } catch (jakarta.mail.MessagingException e) {
                return false;
              }
            })
        .toList();
  }

  /**
   * Waits until {@code count} mails about case {@code number} reached {@code address} (GreenMail
   * blocks while waiting).
   */
  private static List<MimeMessage> awaitMails(
      GreenMail smtp, String address, String number, int count) throws Exception {
    Instant deadline = Instant.now().plus(DEADLINE);
    List<MimeMessage> mails = messagesAbout(smtp, address, number);
    int expected = smtp.getReceivedMessages().length + 1;
    while (mails.size() < count && Instant.now().isBefore(deadline)) {
      smtp.waitForIncomingEmail(1_000, expected);
      expected = smtp.getReceivedMessages().length + 1;
      mails = messagesAbout(smtp, address, number);
    }
    assertThat(mails).as("mails to " + address).hasSizeGreaterThanOrEqualTo(count);
    return mails;
  }

  private static BodyPart attachment(MimeMessage mail) throws Exception {
    Multipart parts = (Multipart) mail.getContent();
    return parts.getBodyPart(parts.getCount() - 1);
  }

  private static String attachmentName(MimeMessage mail) throws Exception {
    return MimeUtility.decodeText(attachment(mail).getFileName());
  }

  private static String decoded(MimeMessage mail) throws Exception {
    Multipart parts = (Multipart) mail.getContent();
    return parts.getBodyPart(0).getContent().toString();
  }

  private static String pdfText(MimeMessage mail) throws Exception {
    byte[] pdf = attachment(mail).getInputStream().readAllBytes();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
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
