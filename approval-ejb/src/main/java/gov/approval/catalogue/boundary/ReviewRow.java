package gov.approval.catalogue.boundary;

import java.time.Instant;

/** A version waiting for review, oldest first in the queue. */
public record ReviewRow(
    Long itemId,
    long itemVersion,
    String implementationCode,
    String name,
    String departmentName,
    int versionNumber,
    String authorName,
    Instant submittedAt) {}
