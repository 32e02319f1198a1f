package gov.approval.batch.admin.boundary;

/** How far a running (or finished) execution got: days done of days planned, and its status. */
public record JobProgressView(long executionId, String batchStatus, int done, int total) {

  /** Percent done, 0–100; a finished job with nothing to do is 100. */
  public int percent() {
    if (total <= 0) {
      return "COMPLETED".equals(batchStatus) ? 100 : 0;
    }
    return Math.min(100, done * 100 / total);
  }
}
