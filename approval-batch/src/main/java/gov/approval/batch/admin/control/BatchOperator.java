package gov.approval.batch.admin.control;

import jakarta.annotation.security.PermitAll;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The one place that calls the batch runtime's job operator. Payara tags every job instance with
 * the component that started it (the EJB on the call stack) and lets only that component read, stop
 * or restart it: jobs started by the scheduler's timer, the republication page or the evaluation
 * page were invisible to the job admin page. Every start and every query goes through this bean, so
 * all of the application's jobs carry one tag and every page sees every run. Roles are checked by
 * the boundaries that call it; the scheduler calls it without a user.
 */
@Stateless
@LocalBean
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchOperator implements JobOperator {

  private static JobOperator runtime() {
    return BatchRuntime.getJobOperator();
  }

  @Override
  public Set<String> getJobNames() {
    return runtime().getJobNames();
  }

  @Override
  public int getJobInstanceCount(String jobName) {
    return runtime().getJobInstanceCount(jobName);
  }

  @Override
  public List<JobInstance> getJobInstances(String jobName, int start, int count) {
    return runtime().getJobInstances(jobName, start, count);
  }

  @Override
  public List<Long> getRunningExecutions(String jobName) {
    return runtime().getRunningExecutions(jobName);
  }

  @Override
  public Properties getParameters(long executionId) {
    return runtime().getParameters(executionId);
  }

  @Override
  public long start(String jobXmlName, Properties jobParameters) {
    return runtime().start(jobXmlName, jobParameters);
  }

  @Override
  public long restart(long executionId, Properties restartParameters) {
    return runtime().restart(executionId, restartParameters);
  }

  @Override
  public void stop(long executionId) {
    runtime().stop(executionId);
  }

  @Override
  public void abandon(long executionId) {
    runtime().abandon(executionId);
  }

  @Override
  public JobInstance getJobInstance(long executionId) {
    return runtime().getJobInstance(executionId);
  }

  @Override
  public List<JobExecution> getJobExecutions(JobInstance instance) {
    return runtime().getJobExecutions(instance);
  }

  @Override
  public JobExecution getJobExecution(long executionId) {
    return runtime().getJobExecution(executionId);
  }

  @Override
  public List<StepExecution> getStepExecutions(long jobExecutionId) {
    return runtime().getStepExecutions(jobExecutionId);
  }
}
