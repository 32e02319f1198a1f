package gov.approval.mail.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.approval.platform.boundary.BusinessException;
import gov.approval.platform.boundary.Mail;
import gov.approval.platform.boundary.MailAttachment;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMailTest {

  private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

  private static OutboxMail queued() {
    return new OutboxMail(new Mail("a@example.cn", "受理通知", "您的申请已受理。"), NOW);
  }

  @Test
  void theBackoffDoublesFromOneMinuteAndStopsAtAnHour() {
    assertThat(OutboxMail.backoff(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(OutboxMail.backoff(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(OutboxMail.backoff(3)).isEqualTo(Duration.ofMinutes(4));
    assertThat(OutboxMail.backoff(4)).isEqualTo(Duration.ofMinutes(8));
    assertThat(OutboxMail.backoff(6)).isEqualTo(Duration.ofMinutes(32));
    assertThat(OutboxMail.backoff(7)).isEqualTo(Duration.ofHours(1));
    assertThat(OutboxMail.backoff(40)).isEqualTo(Duration.ofHours(1));
    assertThat(OutboxMail.backoff(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void aNewMailIsQueuedAndDueAtOnce() {
    OutboxMail mail = queued();

    assertThat(mail.getState()).isEqualTo(MailState.QUEUED);
    assertThat(mail.getAttempts()).isZero();
    assertThat(mail.isDue(NOW)).isTrue();
    assertThat(mail.isDue(NOW.minusSeconds(1))).isFalse();
  }

  @Test
  void aFailedAttemptWaitsForItsBackoffWithTheErrorAsOneShortLine() {
    OutboxMail mail = queued();

    mail.failed(
        NOW, "Couldn't connect to host, port: 127.0.0.1, 25\n\tat some.Trace(X.java:1)", 10);

    assertThat(mail.getState()).isEqualTo(MailState.QUEUED);
    assertThat(mail.getAttempts()).isEqualTo(1);
    assertThat(mail.getLastError()).isEqualTo("Couldn't connect to host, port: 127.0.0.1, 25");
    assertThat(mail.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
    assertThat(mail.isDue(NOW.plusSeconds(59))).isFalse();
    assertThat(mail.isDue(NOW.plusSeconds(60))).isTrue();

    Instant second = NOW.plusSeconds(60);
    mail.failed(second, "again", 10);
    assertThat(mail.getNextAttemptAt()).isEqualTo(second.plus(Duration.ofMinutes(2)));
  }

  @Test
  void theLastAllowedFailureGivesUp() {
    OutboxMail mail = queued();
    mail.failed(NOW, "down", 3);
    mail.failed(NOW, "down", 3);
    assertThat(mail.getState()).isEqualTo(MailState.QUEUED);

    mail.failed(NOW, "still down", 3);

    assertThat(mail.getState()).isEqualTo(MailState.FAILED);
    assertThat(mail.getAttempts()).isEqualTo(3);
    assertThat(mail.isDue(NOW.plus(Duration.ofDays(1)))).isFalse();
  }

  @Test
  void aSentMailRecordsWhenAndForgetsTheEarlierError() {
    OutboxMail mail = queued();
    mail.failed(NOW, "down", 10);

    mail.sent(NOW.plusSeconds(90));

    assertThat(mail.getState()).isEqualTo(MailState.SENT);
    assertThat(mail.getAttempts()).isEqualTo(2);
    assertThat(mail.getSentAt()).isEqualTo(NOW.plusSeconds(90));
    assertThat(mail.getLastError()).isNull();
    assertThat(mail.isDue(NOW.plus(Duration.ofDays(1)))).isFalse();
    assertThatThrownBy(() -> mail.failed(NOW, "late", 10))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aFailedMailRetriedByHandGetsOneMoreAttempt() {
    OutboxMail mail = queued();
    mail.failed(NOW, "down", 1);
    assertThat(mail.getState()).isEqualTo(MailState.FAILED);

    Instant later = NOW.plus(Duration.ofHours(5));
    mail.retryNow(later);
    assertThat(mail.getState()).isEqualTo(MailState.QUEUED);
    assertThat(mail.isDue(later)).isTrue();

    mail.failed(later, "still down", 1);
    assertThat(mail.getState()).isEqualTo(MailState.FAILED);
    assertThat(mail.getAttempts()).isEqualTo(2);
  }

  @Test
  void aQueuedMailRetriedByHandIsDueAtOnceAndASentOneIsRefused() {
    OutboxMail mail = queued();
    mail.failed(NOW, "down", 10);
    mail.retryNow(NOW.plusSeconds(5));
    assertThat(mail.isDue(NOW.plusSeconds(5))).isTrue();

    mail.sent(NOW.plusSeconds(6));
    assertThatThrownBy(() -> mail.retryNow(NOW.plusSeconds(7)))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("mail.outbox.alreadySent");
  }

  @Test
  void theMailComesBackWithItsReferenceAndAttachmentsInOrder() {
    byte[] pdf = "%PDF-1.4 notice".getBytes(StandardCharsets.US_ASCII);
    Mail fired =
        new Mail("a@example.cn", "决定书", "见附件。")
            .withReference("WN-2026-000123")
            .withAttachment(MailAttachment.pdf("决定书.pdf", pdf))
            .withAttachment(new MailAttachment("清单.txt", "text/plain", new byte[] {1, 2}));

    OutboxMail stored = new OutboxMail(fired, NOW);
    Mail back = stored.toMail();

    assertThat(stored.getReference()).isEqualTo("WN-2026-000123");
    assertThat(stored.getAttachmentCount()).isEqualTo(2);
    assertThat(back.reference()).isEqualTo("WN-2026-000123");
    assertThat(back.attachments())
        .extracting(MailAttachment::fileName)
        .containsExactly("决定书.pdf", "清单.txt");
    assertThat(back.attachments().get(0).content()).isEqualTo(pdf);
  }

  @Test
  void anErrorIsClippedToTheColumn() {
    String long_ = "x".repeat(2000);

    assertThat(OutboxMail.shortError(long_)).hasSize(OutboxMail.ERROR_LENGTH);
    assertThat(OutboxMail.shortError(null)).isEqualTo("unknown error");
  }

  @Test
  void theThreeArgumentMailHasNoReferenceNorAttachments() {
    Mail mail = new Mail("a@example.cn", "主题", "正文");

    assertThat(mail.reference()).isNull();
    assertThat(mail.attachments()).isEmpty();
    assertThat(mail.withReference("  ").reference()).isNull();
    assertThatThrownBy(() -> new Mail("a@example.cn", "主题", "x".repeat(Mail.BODY_LENGTH + 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
