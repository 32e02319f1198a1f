package gov.approval.batch.republication;

import gov.approval.batch.admin.control.BatchOperator;
import gov.approval.identity.entity.Roles;
import gov.approval.platform.boundary.BusinessException;
import gov.approval.platform.boundary.NotFoundException;
import gov.approval.republication.boundary.RepublicationBatchRow;
import gov.approval.republication.boundary.RepublicationReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.validation.constraints.NotNull;

/**
 * Starts the list republication job and reports on its runs. The only way to start it: job XML is
 * found from this module, and one run at a time keeps two runs from sending the same pending change
 * at once (the idempotency key covers what a crash could still repeat).
 */
@Stateless
@RolesAllowed(Roles.JOB_MANAGE)
public class RepublicationService {

  @EJB BatchOperator operator;

  public static final String JOB = "list-republication";

  @EJB RepublicationReport report;

  /** Starts a run with the configured settings; answers its execution id. */
  public long start() {
    return start(RepublicationOverrides.none());
  }

  /**
   * Starts a run with {@code overrides} replacing configured settings (tests, a one-off target).
   */
  public long start(@NotNull RepublicationOverrides overrides) {
    try {
      if (!operator.getRunningExecutions(JOB).isEmpty()) {
        throw new BusinessException("republication.alreadyRunning");
      }
    } catch (NoSuchJobException firstRun) {
      // Never run before: nothing is running.
    }
    return operator.start(JOB, overrides.asJobParameters());
  }

  /** The state of execution {@code executionId} of this job. */
  public RepublicationRun run(long executionId) {
    JobExecution execution;
    try {
      execution = operator.getJobExecution(executionId);
    } catch (NoSuchJobExecutionException e) {
      throw new NotFoundException("republication.run", executionId);
    }
    if (!JOB.equals(execution.getJobName())) {
      throw new NotFoundException("republication.run", executionId);
    }
    long read = 0;
    long written = 0;
    for (StepExecution step : operator.getStepExecutions(executionId)) {
      for (Metric metric : step.getMetrics()) {
        if (metric.getType() == Metric.MetricType.READ_COUNT) {
          read += metric.getValue();
        } else if (metric.getType() == Metric.MetricType.WRITE_COUNT) {
          written += metric.getValue();
        }
      }
    }
    return new RepublicationRun(
        executionId,
        execution.getBatchStatus().name(),
        execution.getExitStatus(),
        read,
        written,
        report.batchOf(executionId).map(RepublicationBatchRow::batchNumber).orElse(null));
  }
}
