package gov.approval.batch.republication;

/**
 * One execution of the job as its starter sees it: the batch status and exit status, the chunk
 * step's read and write counts, and the batch number once the run has opened its batch.
 */
public record RepublicationRun(
    long executionId,
    String batchStatus,
    String exitStatus,
    long readCount,
    long writeCount,
    String batchNumber) {

  public boolean isFinished() {
    return switch (batchStatus) {
      case "COMPLETED", "FAILED", "STOPPED", "ABANDONED" -> true;
      default -> false;
    };
  }
}
