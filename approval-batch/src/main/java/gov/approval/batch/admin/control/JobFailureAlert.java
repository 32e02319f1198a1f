package gov.approval.batch.admin.control;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;

/** A job listener every job lists: when the job ends FAILED, the administrators get a mail. */
@Named("jobFailureAlert")
@Dependent
public class JobFailureAlert extends AbstractJobListener {

  private static final Logger LOG = Logger.getLogger(JobFailureAlert.class.getName());

  @Inject JobContext jobContext;

  @Inject JobAlerts alerts;

  @Override
  public void afterJob() {
    if (jobContext.getBatchStatus() != BatchStatus.FAILED) {
      return;
    }
    try {
      alerts.jobFailed(
          jobContext.getJobName(), jobContext.getExecutionId(), jobContext.getExitStatus());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not queue the failure mail of " + jobContext.getJobName(), e);
    }
  }
}
