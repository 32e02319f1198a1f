package gov.approval.batch.evaluation;

/**
 * A run of the monthly scoring job: its batch status and the read and write counts of its scoring
 * step.
 */
public record EvaluationJobRun(long executionId, String status, long read, long written) {

  public boolean isDone() {
    return switch (status) {
      case "COMPLETED", "FAILED", "STOPPED", "ABANDONED" -> true;
      default -> false;
    };
  }
}
