package gov.approval.republication.control;

import gov.approval.republication.entity.Operation;

/**
 * One change ready to hand over: who it is about, its idempotency key and the JSON body (see
 * docs/republication.md), built inside the chunk's transaction from the catalogue's entities.
 */
public record Outgoing(
    long changeId,
    long itemId,
    String implementationCode,
    String itemName,
    int versionNumber,
    Operation operation,
    String idempotencyKey,
    String body) {}
