package gov.approval.batch.admin.boundary;

import gov.approval.batch.schedule.CronExpression;
import gov.approval.identity.entity.Roles;
import gov.approval.jobs.entity.JobProgress;
import gov.approval.jobs.entity.JobSchedule;
import gov.approval.platform.boundary.BusinessException;
import gov.approval.platform.boundary.NotFoundException;
import gov.approval.platform.boundary.Page;
import gov.approval.platform.boundary.PageRequest;
import gov.approval.platform.boundary.Versions;
import gov.approval.platform.control.Clocks;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The admin's control of batch jobs: the registered jobs, their schedules (add, change, enable,
 * delete, next run times), starting one now with parameters, stopping a running execution,
 * restarting a failed or stopped one, the paged history with step metrics, and the progress of a
 * running day-by-day job. Jobs start here, in the batch module, so that their XML is found.
 */
@Stateless
@RolesAllowed(Roles.JOB_MANAGE)
public class JobAdministration {

  /** How many coming run times a schedule shows. */
  public static final int NEXT_RUNS = 3;

  // The persistence unit is in the EJB module beside this one: named by its jar, relative to this module.
  @PersistenceContext(unitName = "approval-ejb.jar#approval")
  EntityManager em;

  @Inject Clock clock;

  /** The jobs admins may start and schedule, in registry order. */
  public List<BatchJob> jobs() {
    return Arrays.asList(BatchJob.values());
  }

  /** Names of the jobs the batch runtime knows from earlier runs, sorted. */
  public Set<String> knownJobs() {
    return new TreeSet<>(operator().getJobNames());
  }

  // ---- running jobs ----

  /** Starts {@code jobName} now; returns the execution id. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public long start(@NotNull String jobName, String parameters) {
    BatchJob job = registered(jobName);
    return operator().start(job.jobName(), JobParameters.parse(parameters));
  }

  /** Asks a running execution to stop; it ends STOPPED at the next chunk boundary. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void stop(long executionId) {
    JobExecution execution = execution(executionId);
    if (!isRunning(execution.getBatchStatus())) {
      throw new BusinessException("staff_admin_jobs.notRunning", executionId);
    }
    operator().stop(executionId);
  }

  /**
   * Restarts a failed or stopped execution (the newest of its instance) with its own parameters; it
   * resumes from the last checkpoint. Returns the new execution id.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public long restart(long executionId) {
    return restart(executionId, null);
  }

  /** {@link #restart(long)} with other parameters (null: the execution's own). */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public long restart(long executionId, Properties parameters) {
    JobOperator operator = operator();
    JobExecution execution = execution(executionId);
    BatchStatus status = execution.getBatchStatus();
    if (status != BatchStatus.FAILED && status != BatchStatus.STOPPED) {
      throw new BusinessException("staff_admin_jobs.notRestartable", executionId);
    }
    JobInstance instance = operator.getJobInstance(executionId);
    long newest =
        operator.getJobExecutions(instance).stream()
            .mapToLong(JobExecution::getExecutionId)
            .max()
            .orElse(executionId);
    if (newest != executionId) {
      throw new BusinessException("staff_admin_jobs.notRestartable", executionId);
    }
    Properties restartWith = parameters != null ? parameters : execution.getJobParameters();
    return operator.restart(executionId, restartWith == null ? new Properties() : restartWith);
  }

  // ---- history and progress ----

  /**
   * The executions of {@code jobName}, newest instance first; a page is a range of job instances
   * with all their executions (a restart is shown beside the run it resumed).
   */
  public Page<JobExecutionRow> history(@NotNull String jobName, @NotNull PageRequest request) {
    JobOperator operator = operator();
    int total;
    List<JobInstance> instances;
    try {
      total = operator.getJobInstanceCount(jobName);
      instances = operator.getJobInstances(jobName, request.first(), request.size());
    } catch (NoSuchJobException e) {
      return new Page<>(List.of(), 0);
    }
    List<JobExecutionRow> rows = new ArrayList<>();
    for (JobInstance instance : instances) {
      List<JobExecution> executions = new ArrayList<>(operator.getJobExecutions(instance));
      executions.sort(Comparator.comparingLong(JobExecution::getExecutionId).reversed());
      for (int i = 0; i < executions.size(); i++) {
        rows.add(row(operator, instance, executions.get(i), i == 0));
      }
    }
    return new Page<>(rows, total);
  }

  /** The most recent executions of {@code jobName}, newest first (the first page of history). */
  public List<JobExecutionRow> recentExecutions(String jobName) {
    return history(jobName, PageRequest.of(0, 20)).rows();
  }

  public JobExecutionRow executionRow(long executionId) {
    JobOperator operator = operator();
    JobExecution execution = execution(executionId);
    JobInstance instance = operator.getJobInstance(executionId);
    long newest =
        operator.getJobExecutions(instance).stream()
            .mapToLong(JobExecution::getExecutionId)
            .max()
            .orElse(executionId);
    return row(operator, instance, execution, newest == executionId);
  }

  /**
   * How far an execution got: for day-by-day jobs the days done of the instance's plan; for others
   * nothing but the status (0 of 0).
   */
  public JobProgressView progress(long executionId) {
    JobOperator operator = operator();
    JobExecution execution = execution(executionId);
    long instanceId = operator.getJobInstance(executionId).getInstanceId();
    Optional<JobProgress> progress =
        em
            .createNamedQuery("JobProgress.findByInstance", JobProgress.class)
            .setParameter("instance", instanceId)
            .getResultList()
            .stream()
            .findFirst();
    return new JobProgressView(
        executionId,
        execution.getBatchStatus().name(),
        progress.map(JobProgress::getDaysDone).orElse(0),
        progress.map(JobProgress::getDaysTotal).orElse(0));
  }

  /**
   * Each registered job's newest execution, for the health check (no caller is logged in there; the
   * answer holds no personal data).
   */
  @PermitAll
  public List<JobLastRun> lastRuns() {
    JobOperator operator = operator();
    List<JobLastRun> runs = new ArrayList<>();
    for (BatchJob job : BatchJob.values()) {
      try {
        List<JobInstance> newest = operator.getJobInstances(job.jobName(), 0, 1);
        if (newest.isEmpty()) {
          runs.add(new JobLastRun(job.jobName(), "NEVER", null));
          continue;
        }
        JobExecution last =
            operator.getJobExecutions(newest.get(0)).stream()
                .max(Comparator.comparingLong(JobExecution::getExecutionId))
                .orElseThrow();
        runs.add(
            new JobLastRun(
                job.jobName(), last.getBatchStatus().name(), instant(last.getEndTime())));
      } catch (NoSuchJobException | JobSecurityException e) {
        runs.add(new JobLastRun(job.jobName(), "NEVER", null));
      }
    }
    return runs;
  }

  // ---- schedules ----

  public List<ScheduleRow> schedules() {
    ZonedDateTime now = clock.instant().atZone(Clocks.CITY_ZONE);
    return em.createNamedQuery("JobSchedule.findAll", JobSchedule.class).getResultList().stream()
        .map(s -> scheduleRow(s, now))
        .toList();
  }

  /** Adds ({@code id} null) or changes a schedule; the expression and parameters must be valid. */
  public ScheduleRow saveSchedule(@NotNull @Valid ScheduleForm form, Long id, long version) {
    registered(form.jobName());
    try {
      CronExpression.parse(form.cron());
    } catch (IllegalArgumentException e) {
      throw new BusinessException("staff_admin_jobs.badCron", form.cron(), e.getMessage());
    }
    JobParameters.parse(form.parameters());
    Instant now = clock.instant();
    JobSchedule schedule;
    if (id == null) {
      schedule =
          new JobSchedule(form.jobName(), form.cron(), form.parameters(), form.enabled(), now);
      em.persist(schedule);
    } else {
      schedule = schedule(id);
      Versions.check(schedule.getVersion(), version);
      schedule.change(form.cron(), form.parameters(), form.enabled(), now);
    }
    em.flush();
    return scheduleRow(schedule, now.atZone(Clocks.CITY_ZONE));
  }

  public ScheduleRow setEnabled(long id, long version, boolean enabled) {
    JobSchedule schedule = schedule(id);
    Versions.check(schedule.getVersion(), version);
    Instant now = clock.instant();
    schedule.change(schedule.getCron(), schedule.getParameters(), enabled, now);
    em.flush();
    return scheduleRow(schedule, now.atZone(Clocks.CITY_ZONE));
  }

  public void deleteSchedule(long id, long version) {
    JobSchedule schedule = schedule(id);
    Versions.check(schedule.getVersion(), version);
    em.remove(schedule);
  }

  private JobSchedule schedule(long id) {
    JobSchedule schedule = em.find(JobSchedule.class, id);
    if (schedule == null) {
      throw new NotFoundException("JobSchedule", id);
    }
    return schedule;
  }

  private static ScheduleRow scheduleRow(JobSchedule s, ZonedDateTime now) {
    List<Instant> next = List.of();
    if (s.isEnabled() && CronExpression.isValid(s.getCron())) {
      next =
          CronExpression.parse(s.getCron()).next(now, NEXT_RUNS).stream()
              .map(ZonedDateTime::toInstant)
              .toList();
    }
    return new ScheduleRow(
        s.getId(),
        s.getVersion(),
        s.getJobName(),
        s.getCron(),
        s.getParameters(),
        s.isEnabled(),
        s.getLastFire(),
        s.getLastExecutionId(),
        next);
  }

  // ---- helpers ----

  private static BatchJob registered(String jobName) {
    return BatchJob.byName(jobName)
        .orElseThrow(
            () -> new BusinessException("staff_admin_jobs.unknownJob", String.valueOf(jobName)));
  }

  private static JobExecution execution(long executionId) {
    try {
      return operator().getJobExecution(executionId);
    } catch (NoSuchJobExecutionException e) {
      throw new NotFoundException("JobExecution", executionId);
    }
  }

  private static JobExecutionRow row(
      JobOperator operator, JobInstance instance, JobExecution execution, boolean latest) {
    long read = 0;
    long write = 0;
    long skip = 0;
    for (StepExecution step : operator.getStepExecutions(execution.getExecutionId())) {
      for (Metric metric : step.getMetrics()) {
        switch (metric.getType()) {
          case READ_COUNT -> read += metric.getValue();
          case WRITE_COUNT -> write += metric.getValue();
          case READ_SKIP_COUNT, PROCESS_SKIP_COUNT, WRITE_SKIP_COUNT -> skip += metric.getValue();
          default -> {}
        }
      }
    }
    return new JobExecutionRow(
        execution.getExecutionId(),
        instance.getInstanceId(),
        execution.getJobName(),
        execution.getBatchStatus().name(),
        execution.getExitStatus(),
        instant(execution.getStartTime()),
        instant(execution.getEndTime()),
        read,
        write,
        skip,
        JobParameters.format(execution.getJobParameters()),
        latest);
  }

  private static boolean isRunning(BatchStatus status) {
    return status == BatchStatus.STARTING
        || status == BatchStatus.STARTED
        || status == BatchStatus.STOPPING;
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  private static JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }
}
