package gov.approval.platform.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One message to one recipient: plain text, optionally with a reference to find it by later (e.g. a
 * case number) and attachments (e.g. a PDF notice). Features fire it as a CDI event inside their
 * transaction; the mail outbox stores it in that transaction and sends it after the commit, with
 * retries.
 */
public record Mail(
    String to, String subject, String body, String reference, List<MailAttachment> attachments) {

  public static final int TO_LENGTH = 320;
  public static final int SUBJECT_LENGTH = 500;
  public static final int BODY_LENGTH = 100_000;
  public static final int REFERENCE_LENGTH = 64;

  public Mail {
    Objects.requireNonNull(to);
    Objects.requireNonNull(subject);
    Objects.requireNonNull(body);
    checkLength("to", to, TO_LENGTH);
    checkLength("subject", subject, SUBJECT_LENGTH);
    checkLength("body", body, BODY_LENGTH);
    reference = reference == null || reference.isBlank() ? null : reference.strip();
    if (reference != null) {
      checkLength("reference", reference, REFERENCE_LENGTH);
    }
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  public Mail(String to, String subject, String body) {
    this(to, subject, body, null, List.of());
  }

  /** This mail, findable later by {@code reference} (e.g. a case number). */
  public Mail withReference(String reference) {
    return new Mail(to, subject, body, reference, attachments);
  }

  /** This mail with {@code attachment} added after the attachments it has. */
  public Mail withAttachment(MailAttachment attachment) {
    List<MailAttachment> more = new ArrayList<>(attachments);
    more.add(Objects.requireNonNull(attachment));
    return new Mail(to, subject, body, reference, more);
  }

  private static void checkLength(String field, String value, int max) {
    if (value.length() > max) {
      throw new IllegalArgumentException(
          "Mail " + field + " longer than " + max + " characters: " + value.length());
    }
  }
}
