package gov.approval.mail.boundary;

import gov.approval.mail.entity.MailState;

/**
 * The staff list's filter; each part left null (or blank) is not applied. {@code reference} and
 * {@code recipient} match any part, ignoring case.
 */
public record MailSearch(MailState state, String reference, String recipient) {

  public static final MailSearch ALL = new MailSearch(null, null, null);

  public MailSearch {
    reference = reference == null || reference.isBlank() ? null : reference.strip();
    recipient = recipient == null || recipient.isBlank() ? null : recipient.strip();
  }
}
