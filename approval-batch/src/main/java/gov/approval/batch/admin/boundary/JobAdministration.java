package gov.approval.batch.admin.boundary;

import gov.approval.batch.admin.control.BatchOperator;
import gov.approval.batch.schedule.CronExpression;
import gov.approval.identity.entity.Roles;
import gov.approval.platform.boundary.BusinessException;
import gov.approval.platform.boundary.ConcurrentChangeException;
import gov.approval.platform.boundary.NotFoundException;
import gov.approval.platform.boundary.Page;
import gov.approval.platform.boundary.PageRequest;
import gov.approval.platform.control.Clocks;
import gov.approval.platform.control.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * The admin's control of batch jobs: the registered jobs, their schedules (add, change, enable,
 * delete, next run times), starting one now with parameters, stopping a running execution,
 * restarting a failed or stopped one, the paged history with step metrics, and the progress of a
 * running day-by-day job. Jobs start here, in the batch module, so that their XML is found.
 */
@Stateless
@RolesAllowed(Roles.JOB_MANAGE)
public class JobAdministration {

  @EJB BatchOperator operator;

  /** How many coming run times a schedule shows. */
  public static final int NEXT_RUNS = 3;

  // Plain SQL: the persistence unit belongs to the other EJB module and is not visible here.
  @Resource(lookup = DatabaseMigration.DATASOURCE)
  DataSource dataSource;

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
    return operator()
        .start(job.jobName(), JobParameters.forStart(parameters, LocalDate.now(Clocks.CITY_ZONE)));
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
      List<JobExecution> executions;
      try {
        executions = new ArrayList<>(operator.getJobExecutions(instance));
      } catch (JobSecurityException e) {
        // A run another component started outside BatchOperator: not this application's to show.
        continue;
      }
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
    int done = 0;
    int total = 0;
    try (Connection c = dataSource.getConnection();
        PreparedStatement q =
            c.prepareStatement(
                "select days_done, days_total from batch_job_progress where instance_id = ?")) {
      q.setLong(1, instanceId);
      try (ResultSet r = q.executeQuery()) {
        if (r.next()) {
          done = r.getInt(1);
          total = r.getInt(2);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return new JobProgressView(executionId, execution.getBatchStatus().name(), done, total);
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
    List<ScheduleRow> rows = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement q =
            c.prepareStatement(
                "select " + SCHEDULE_COLUMNS + " from job_schedule order by job_name, id");
        ResultSet r = q.executeQuery()) {
      while (r.next()) {
        rows.add(scheduleRow(r, now));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return rows;
  }

  /**
   * Adds ({@code id} null) or changes a schedule; the expression and parameters must be valid, and
   * a change must come with the version it was loaded with.
   */
  public ScheduleRow saveSchedule(@NotNull @Valid ScheduleForm form, Long id, long version) {
    registered(form.jobName());
    try {
      CronExpression.parse(form.cron());
    } catch (IllegalArgumentException e) {
      throw new BusinessException("staff_admin_jobs.badCron", form.cron(), e.getMessage());
    }
    JobParameters.parse(form.parameters());
    Timestamp now = Timestamp.from(clock.instant());
    String parameters =
        form.parameters() == null || form.parameters().isBlank() ? null : form.parameters().strip();
    try (Connection c = dataSource.getConnection()) {
      long savedId;
      if (id == null) {
        try (PreparedStatement insert =
            c.prepareStatement(
                "insert into job_schedule (version, job_name, cron, parameters, enabled,"
                    + " created_at, updated_at) values (0, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
          insert.setString(1, form.jobName());
          insert.setString(2, form.cron().strip());
          insert.setString(3, parameters);
          insert.setBoolean(4, form.enabled());
          insert.setTimestamp(5, now);
          insert.setTimestamp(6, now);
          insert.executeUpdate();
          try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            savedId = keys.getLong(1);
          }
        }
      } else {
        try (PreparedStatement update =
            c.prepareStatement(
                "update job_schedule set cron = ?, parameters = ?, enabled = ?, updated_at = ?,"
                    + " version = version + 1 where id = ? and version = ?")) {
          update.setString(1, form.cron().strip());
          update.setString(2, parameters);
          update.setBoolean(3, form.enabled());
          update.setTimestamp(4, now);
          update.setLong(5, id);
          update.setLong(6, version);
          versionChecked(c, id, update.executeUpdate());
        }
        savedId = id;
      }
      return scheduleRow(c, savedId);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public ScheduleRow setEnabled(long id, long version, boolean enabled) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement update =
            c.prepareStatement(
                "update job_schedule set enabled = ?, updated_at = ?, version = version + 1"
                    + " where id = ? and version = ?")) {
      update.setBoolean(1, enabled);
      update.setTimestamp(2, Timestamp.from(clock.instant()));
      update.setLong(3, id);
      update.setLong(4, version);
      versionChecked(c, id, update.executeUpdate());
      return scheduleRow(c, id);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public void deleteSchedule(long id, long version) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement delete =
            c.prepareStatement("delete from job_schedule where id = ? and version = ?")) {
      delete.setLong(1, id);
      delete.setLong(2, version);
      versionChecked(c, id, delete.executeUpdate());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final String SCHEDULE_COLUMNS =
      "id, version, job_name, cron, parameters, enabled, last_fire, last_execution_id";

  /** 0 rows changed: the schedule is gone, or someone saved it since it was loaded. */
  private static void versionChecked(Connection c, long id, int changed) throws SQLException {
    if (changed == 1) {
      return;
    }
    try (PreparedStatement q = c.prepareStatement("select 1 from job_schedule where id = ?")) {
      q.setLong(1, id);
      try (ResultSet r = q.executeQuery()) {
        if (!r.next()) {
          throw new NotFoundException("JobSchedule", id);
        }
      }
    }
    throw new ConcurrentChangeException();
  }

  private ScheduleRow scheduleRow(Connection c, long id) throws SQLException {
    try (PreparedStatement q =
        c.prepareStatement("select " + SCHEDULE_COLUMNS + " from job_schedule where id = ?")) {
      q.setLong(1, id);
      try (ResultSet r = q.executeQuery()) {
        if (!r.next()) {
          throw new NotFoundException("JobSchedule", id);
        }
        return scheduleRow(r, clock.instant().atZone(Clocks.CITY_ZONE));
      }
    }
  }

  private static ScheduleRow scheduleRow(ResultSet r, ZonedDateTime now) throws SQLException {
    String cron = r.getString(4);
    boolean enabled = r.getBoolean(6);
    List<Instant> next = List.of();
    if (enabled && CronExpression.isValid(cron)) {
      next =
          CronExpression.parse(cron).next(now, NEXT_RUNS).stream()
              .map(ZonedDateTime::toInstant)
              .toList();
    }
    Timestamp lastFire = r.getTimestamp(7);
    long lastExecution = r.getLong(8);
    boolean noExecution = r.wasNull();
    return new ScheduleRow(
        r.getLong(1),
        r.getLong(2),
        r.getString(3),
        cron,
        r.getString(5),
        enabled,
        lastFire == null ? null : lastFire.toInstant(),
        noExecution ? null : lastExecution,
        next);
  }

  // ---- helpers ----

  private static BatchJob registered(String jobName) {
    return BatchJob.byName(jobName)
        .orElseThrow(
            () -> new BusinessException("staff_admin_jobs.unknownJob", String.valueOf(jobName)));
  }

  private JobExecution execution(long executionId) {
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
    // Read once: the execution of a running job answers from the runtime's live state, so two
    // reads can straddle its end and show STARTED beside an end time.
    BatchStatus status = execution.getBatchStatus();
    return new JobExecutionRow(
        execution.getExecutionId(),
        instance.getInstanceId(),
        execution.getJobName(),
        status.name(),
        execution.getExitStatus(),
        instant(execution.getStartTime()),
        // The runtime writes the end time and the final status one after the other; where its
        // repository commits each on its own (PostgreSQL), a reader can see the first without the
        // second. A run is shown ended once its status says so.
        isRunning(status) ? null : instant(execution.getEndTime()),
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

  private JobOperator operator() {
    return operator;
  }
}
