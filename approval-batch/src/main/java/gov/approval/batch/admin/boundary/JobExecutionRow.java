package gov.approval.batch.admin.boundary;

import java.time.Instant;

/** One run of a job as the admin pages list it. */
public record JobExecutionRow(
    long executionId,
    String jobName,
    String batchStatus,
    String exitStatus,
    Instant started,
    Instant ended) {}
