package gov.approval.mail.entity;

import gov.approval.platform.boundary.BusinessException;
import gov.approval.platform.boundary.Mail;
import gov.approval.platform.boundary.MailAttachment;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A mail in the outbox and its delivery state. It starts {@link MailState#QUEUED}, due at once;
 * each failed attempt records a short error and makes it due again after a backoff that doubles
 * from one minute up to an hour ({@link #backoff}); after the maximum number of attempts it is
 * {@link MailState#FAILED}. A sender claims a due mail before sending it (see {@code
 * OutboxMail.claim}), so no two senders send one mail.
 */
@Entity
@Table(name = "outbox_mail")
@NamedQuery(
    name = "OutboxMail.findDueIds",
    query =
        "SELECT m.id FROM OutboxMail m WHERE m.state = :queued AND m.nextAttemptAt <= :asOf"
            + " AND m.id > :after ORDER BY m.id")
@NamedQuery(
    name = "OutboxMail.findByReference",
    query = "SELECT m FROM OutboxMail m WHERE m.reference = :reference ORDER BY m.createdAt, m.id")
// The claim: moves a due mail's next attempt past the end of the sender's lease in one conditional
// update. Of two senders only one updates the row; the other finds it no longer due (0 rows).
@NamedQuery(
    name = "OutboxMail.claim",
    query =
        "UPDATE OutboxMail m SET m.nextAttemptAt = :leaseEnd, m.version = m.version + 1"
            + " WHERE m.id = :id AND m.state = :queued AND m.nextAttemptAt <= :asOf")
public class OutboxMail {

  public static final int ERROR_LENGTH = 500;

  /** The wait after the first failure; it doubles with every further failure. */
  public static final Duration FIRST_BACKOFF = Duration.ofMinutes(1);

  /** The longest wait between two attempts. */
  public static final Duration MAX_BACKOFF = Duration.ofHours(1);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(nullable = false, updatable = false, length = Mail.TO_LENGTH)
  private String recipient;

  @Column(nullable = false, updatable = false, length = Mail.SUBJECT_LENGTH)
  private String subject;

  @Column(nullable = false, updatable = false, length = Mail.BODY_LENGTH)
  private String body;

  @Column(updatable = false, length = Mail.REFERENCE_LENGTH)
  private String reference;

  @Column(name = "attachment_count", nullable = false, updatable = false)
  private int attachmentCount;

  @OneToMany(mappedBy = "mail", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<OutboxAttachment> attachments = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private MailState state;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "last_error", length = ERROR_LENGTH)
  private String lastError;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  protected OutboxMail() {}

  /** {@code mail} queued at {@code now}, due at once. */
  public OutboxMail(Mail mail, Instant now) {
    this.recipient = mail.to();
    this.subject = mail.subject();
    this.body = mail.body();
    this.reference = mail.reference();
    List<MailAttachment> given = mail.attachments();
    for (int i = 0; i < given.size(); i++) {
      attachments.add(new OutboxAttachment(this, i, given.get(i)));
    }
    this.attachmentCount = given.size();
    this.state = MailState.QUEUED;
    this.createdAt = Objects.requireNonNull(now);
    this.nextAttemptAt = now;
  }

  /**
   * The wait before the next attempt after {@code failures} failed ones: 1, 2, 4, 8 … minutes,
   * never more than an hour.
   */
  public static Duration backoff(int failures) {
    if (failures < 1) {
      return Duration.ZERO;
    }
    // 2^6 minutes already exceeds the cap; stopping there keeps the shift from overflowing.
    int doublings = Math.min(failures - 1, 6);
    Duration wait = FIRST_BACKOFF.multipliedBy(1L << doublings);
    return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
  }

  /** Whether a sender running as of {@code asOf} should send this mail. */
  public boolean isDue(Instant asOf) {
    return state == MailState.QUEUED && !nextAttemptAt.isAfter(asOf);
  }

  /** The mail server took it at {@code at}. */
  public void sent(Instant at) {
    requireQueued();
    attempts++;
    state = MailState.SENT;
    sentAt = Objects.requireNonNull(at);
    lastError = null;
  }

  /**
   * An attempt at {@code at} failed with {@code error}: due again after the {@link #backoff}, or
   * {@link MailState#FAILED} once {@code maxAttempts} attempts have failed.
   */
  public void failed(Instant at, String error, int maxAttempts) {
    requireQueued();
    attempts++;
    lastError = shortError(error);
    if (attempts >= maxAttempts) {
      state = MailState.FAILED;
      nextAttemptAt = at;
    } else {
      nextAttemptAt = at.plus(backoff(attempts));
    }
  }

  /**
   * Makes a queued or failed mail due at {@code at}. A failed mail gets one more attempt: if that
   * fails too, it is failed again.
   */
  public void retryNow(Instant at) {
    if (state == MailState.SENT) {
      throw new BusinessException("mail.outbox.alreadySent");
    }
    state = MailState.QUEUED;
    nextAttemptAt = Objects.requireNonNull(at);
  }

  /** The mail as the transport sends it, attachments included (they are read now). */
  public Mail toMail() {
    return new Mail(
        recipient,
        subject,
        body,
        reference,
        attachments.stream().map(OutboxAttachment::toAttachment).toList());
  }

  /** One line of at most {@link #ERROR_LENGTH} characters: what the server said, no trace. */
  public static String shortError(String error) {
    if (error == null || error.isBlank()) {
      return "unknown error";
    }
    String line = error.strip().lines().findFirst().orElse("").replaceAll("\\s+", " ");
    return line.length() <= ERROR_LENGTH ? line : line.substring(0, ERROR_LENGTH - 1) + "…";
  }

  private void requireQueued() {
    if (state != MailState.QUEUED) {
      throw new IllegalStateException("Mail " + id + " is " + state + ", not queued");
    }
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public String getReference() {
    return reference;
  }

  public int getAttachmentCount() {
    return attachmentCount;
  }

  public MailState getState() {
    return state;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
