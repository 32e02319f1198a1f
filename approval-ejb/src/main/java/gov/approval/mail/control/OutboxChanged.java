package gov.approval.mail.control;

/** A transaction queued a mail or made one due now: once it commits, the sender should run. */
public record OutboxChanged() {}
