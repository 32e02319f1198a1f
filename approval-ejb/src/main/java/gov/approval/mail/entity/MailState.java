package gov.approval.mail.entity;

/** Where an outbox mail stands. */
public enum MailState {
  /** Waiting to be sent, first or again after a failure, at its next attempt time. */
  QUEUED,
  /** The mail server took it. */
  SENT,
  /** Given up after the maximum number of attempts; only a manual retry sends it again. */
  FAILED
}
