package gov.approval.batch.statistics;

import jakarta.batch.api.partition.AbstractPartitionAnalyzer;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Carries a failed partition's exit status ({@code FAILED: <the error>}, set by {@code
 * chunkErrorAsExitStatus} in the partition's own contexts) to the job, where the history and the
 * alert mail read it.
 */
@Named("partitionErrorAsExitStatus")
@Dependent
public class PartitionErrorAsExitStatus extends AbstractPartitionAnalyzer {

  @Inject JobContext jobContext;

  @Override
  public void analyzeStatus(BatchStatus batchStatus, String exitStatus) {
    if (batchStatus == BatchStatus.FAILED
        && exitStatus != null
        && exitStatus.startsWith("FAILED")) {
      jobContext.setExitStatus(exitStatus);
    }
  }
}
