package gov.approval.batch.evaluation;

import gov.approval.batch.admin.control.BatchOperator;
import gov.approval.identity.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;
import java.util.Properties;

/**
 * Starts the monthly scoring job; the one way to run it (a job started from this EJB module finds
 * its XML and the persistence unit). The scheduler runs it each month; the assessment office may
 * run a month again, which replaces that month's scores.
 */
@Stateless
@RolesAllowed({Roles.JOB_MANAGE, Roles.EVALUATION_MANAGE})
public class EvaluationJobs {

  @EJB BatchOperator operator;

  public static final String JOB = "monthly-evaluation";

  /** Starts scoring {@code month}; returns the job execution's id. */
  public long start(@NotNull YearMonth month) {
    return start(month, null);
  }

  /**
   * Starts scoring {@code month} with a minimum case volume for the bottom three other than the
   * configured one (null: the configured one).
   */
  public long start(@NotNull YearMonth month, Integer minCases) {
    Properties parameters = new Properties();
    parameters.setProperty("month", month.toString());
    if (minCases != null) {
      parameters.setProperty("minCases", minCases.toString());
    }
    return operator.start(JOB, parameters);
  }

  /** The state of a run of this job: status and the scoring step's read and write counts. */
  public EvaluationJobRun run(long executionId) {
    long read = 0;
    long written = 0;
    for (var step : operator.getStepExecutions(executionId)) {
      if (!"score".equals(step.getStepName())) {
        continue;
      }
      for (var metric : step.getMetrics()) {
        if (metric.getType() == jakarta.batch.runtime.Metric.MetricType.READ_COUNT) {
          read = metric.getValue();
        } else if (metric.getType() == jakarta.batch.runtime.Metric.MetricType.WRITE_COUNT) {
          written = metric.getValue();
        }
      }
    }
    return new EvaluationJobRun(
        executionId, operator.getJobExecution(executionId).getBatchStatus().name(), read, written);
  }
}
