package gov.approval.audit.boundary;

import java.time.Instant;

/** One audit entry as the log page shows it. */
public record AuditRow(
    long seq,
    Instant occurredAt,
    String actor,
    String action,
    String target,
    String purpose,
    String details,
    String hash) {}
