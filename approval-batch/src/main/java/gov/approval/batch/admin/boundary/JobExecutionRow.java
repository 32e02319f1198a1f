package gov.approval.batch.admin.boundary;

import java.time.Instant;

/**
 * One run of a job as the admin pages list it: status, times, the step metrics summed over its
 * steps, exit status (which carries the error of a failed chunk), its parameters, and whether it is
 * the newest execution of its instance (only that one may be restarted).
 */
public record JobExecutionRow(
    long executionId,
    long instanceId,
    String jobName,
    String batchStatus,
    String exitStatus,
    Instant started,
    Instant ended,
    long readCount,
    long writeCount,
    long skipCount,
    String parameters,
    boolean latestOfInstance) {

  public boolean running() {
    return "STARTING".equals(batchStatus)
        || "STARTED".equals(batchStatus)
        || "STOPPING".equals(batchStatus);
  }

  public boolean restartable() {
    return latestOfInstance && ("FAILED".equals(batchStatus) || "STOPPED".equals(batchStatus));
  }
}
