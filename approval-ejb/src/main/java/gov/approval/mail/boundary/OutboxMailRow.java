package gov.approval.mail.boundary;

import gov.approval.mail.entity.MailState;
import java.time.Instant;

/**
 * One outbox mail as staff see it: to whom, what, its reference (e.g. a case number), how many
 * attachments, its delivery state, attempts so far, the next attempt (while queued), the last error
 * (short text), when it was queued and when the server took it.
 */
public record OutboxMailRow(
    long id,
    long version,
    String recipient,
    String subject,
    String reference,
    int attachmentCount,
    MailState state,
    int attempts,
    Instant nextAttemptAt,
    String lastError,
    Instant createdAt,
    Instant sentAt) {}
