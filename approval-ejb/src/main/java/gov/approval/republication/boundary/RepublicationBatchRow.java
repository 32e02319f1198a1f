package gov.approval.republication.boundary;

import java.time.Instant;

/** One run of the republication job with its counts. */
public record RepublicationBatchRow(
    Long id,
    String batchNumber,
    long jobExecutionId,
    String target,
    boolean toFiles,
    Instant startedAt,
    Instant endedAt,
    int readCount,
    int sentCount,
    int acceptedCount,
    int rejectedCount,
    int failedCount) {}
