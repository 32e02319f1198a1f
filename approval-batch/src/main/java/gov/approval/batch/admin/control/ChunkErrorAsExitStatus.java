package gov.approval.batch.admin.control;

import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Keeps the error of a failed chunk as the step's and the job's exit status ({@code FAILED: <the
 * error>}): the batch runtime's API exposes no exception, and the history and the alert mail must
 * say what went wrong.
 */
@Named("chunkErrorAsExitStatus")
@Dependent
public class ChunkErrorAsExitStatus extends AbstractChunkListener {

  static final int MAX_LENGTH = 480;

  @Inject JobContext jobContext;

  @Inject StepContext stepContext;

  @Override
  public void onError(Exception error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = "FAILED: " + root.getClass().getSimpleName() + ": " + root.getMessage();
    if (text.length() > MAX_LENGTH) {
      text = text.substring(0, MAX_LENGTH);
    }
    stepContext.setExitStatus(text);
    jobContext.setExitStatus(text);
  }
}
