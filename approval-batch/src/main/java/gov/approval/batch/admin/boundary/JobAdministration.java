package gov.approval.batch.admin.boundary;

import gov.approval.identity.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The admin's view of the batch runtime: which jobs have run and their recent executions. Starting,
 * stopping and scheduling jobs go through this boundary too, so that job XML is found in this
 * module.
 */
@Stateless
@RolesAllowed(Roles.JOB_MANAGE)
public class JobAdministration {

  private static final int RECENT = 20;

  /** Names of the jobs the batch runtime knows from earlier runs, sorted. */
  public Set<String> knownJobs() {
    return new TreeSet<>(operator().getJobNames());
  }

  /** The most recent executions of {@code jobName}, newest first. */
  public List<JobExecutionRow> recentExecutions(String jobName) {
    JobOperator operator = operator();
    List<JobExecutionRow> rows = new ArrayList<>();
    try {
      for (JobInstance instance : operator.getJobInstances(jobName, 0, RECENT)) {
        for (JobExecution execution : operator.getJobExecutions(instance)) {
          rows.add(
              new JobExecutionRow(
                  execution.getExecutionId(),
                  execution.getJobName(),
                  execution.getBatchStatus().name(),
                  execution.getExitStatus(),
                  instant(execution.getStartTime()),
                  instant(execution.getEndTime())));
        }
      }
    } catch (NoSuchJobException e) {
      return List.of();
    }
    rows.sort(Comparator.comparingLong(JobExecutionRow::executionId).reversed());
    return rows.size() > RECENT ? rows.subList(0, RECENT) : rows;
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  private static JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }
}
