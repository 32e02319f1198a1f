package gov.approval.batch.admin.boundary;

import java.time.Instant;

/** A job's newest execution for the health check: status and end (null while running or never). */
public record JobLastRun(String jobName, String batchStatus, Instant ended) {}
