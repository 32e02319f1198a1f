package gov.approval.republication.boundary;

import gov.approval.republication.entity.Operation;
import gov.approval.republication.entity.RepublicationStatus;
import java.time.Instant;

/** One change's republication status as the admin page lists it. */
public record RepublicationItemRow(
    Long id,
    long changeId,
    String implementationCode,
    String itemName,
    int versionNumber,
    Operation operation,
    String idempotencyKey,
    RepublicationStatus status,
    int attempts,
    String message,
    String batchNumber,
    Instant lastSentAt) {}
