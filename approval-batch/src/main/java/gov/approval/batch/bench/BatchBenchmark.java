package gov.approval.batch.bench;

import gov.approval.batch.admin.control.BatchOperator;
import gov.approval.batch.republication.RepublicationOverrides;
import gov.approval.batch.republication.RepublicationService;
import gov.approval.batch.statistics.CaseStatisticsReader;
import gov.approval.bench.BenchmarkCatalogue;
import gov.approval.identity.entity.Roles;
import gov.approval.platform.control.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Times the batch work of the benchmark. Each call runs a real job through the same operator the
 * jobs page uses and waits for its end, so it takes as long as the job does (minutes on a million
 * cases); the benchmark script calls each twice per run, the first cold and the second warm.
 */
@Stateless
@RolesAllowed(Roles.JOB_MANAGE)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchBenchmark {

  /** The statistics rebuild and the hand-written statement it is read against. */
  public record StatisticsTiming(
      long groupByMillis,
      long groupByRows,
      long rebuildMillis,
      long days,
      String batchStatus,
      double ratio) {}

  /** One republication run against the stub platform. */
  public record RepublicationTiming(
      long changes, long millis, double changesPerSecond, String batchStatus, String exitStatus) {}

  /** The longest a benchmark waits for one job. */
  private static final Duration WAIT = Duration.ofHours(1);

  private static final long POLL_MILLIS = 500;

  /**
   * The figures the statistics job computes from the case tables (received, accepted, refused,
   * corrected, accepted with deficiencies, completed, on time, overdue), for every day and key at
   * once, written by hand as one statement over the same data; portable between H2 and PostgreSQL.
   * It leaves out what needs the working-day calendar (handling days) and the other features'
   * counts, so it is the cheaper side of the comparison.
   */
  static final String GROUP_BY =
      """
      with days as (
        select distinct received_on as stat_day from approval_case where received_on is not null),
      figures as (
        select c.received_on as stat_day, c.department_id, c.item_id, c.channel,
               1 as received, 0 as accepted, 0 as refused, 0 as corrected, 0 as deficient,
               0 as completed, 0 as on_time, 0 as overdue
          from approval_case c where c.received_on is not null
        union all
        select c.accepted_on, c.department_id, c.item_id, c.channel, 0, 1, 0, 0, 0, 0, 0, 0
          from approval_case c where c.accepted_on is not null
        union all
        select e.stat_day, c.department_id, c.item_id, c.channel, 0, 0,
               case when e.action = 'REFUSED' then 1 else 0 end,
               case when e.action = 'CORRECTION_REQUESTED' then 1 else 0 end,
               case when e.action = 'ACCEPTED_WITH_DEFICIENCIES' then 1 else 0 end, 0, 0, 0
          from (select distinct cast(occurred_at as date) as stat_day, case_id, action from case_event
                 where action in ('REFUSED', 'CORRECTION_REQUESTED', 'ACCEPTED_WITH_DEFICIENCIES')) e
          join approval_case c on c.id = e.case_id
        union all
        select cast(c.completed_at as date), c.department_id, c.item_id, c.channel, 0, 0, 0, 0, 0, 1,
               case when c.due_on is null or cast(c.completed_at as date) <= c.due_on then 1 else 0 end,
               case when cast(c.completed_at as date) > c.due_on then 1 else 0 end
          from approval_case c where c.completed_at is not null
        union all
        select d.stat_day, c.department_id, c.item_id, c.channel, 0, 0, 0, 0, 0, 0, 0, 1
          from days d join approval_case c
            on c.accepted_on <= d.stat_day and c.due_on < d.stat_day
           and (c.completed_at is null or cast(c.completed_at as date) > d.stat_day)
           and c.status not in ('REFUSED', 'WITHDRAWN', 'TERMINATED'))
      select f.stat_day, f.department_id, f.item_id, i.region_level, f.channel,
             sum(received), sum(accepted), sum(refused), sum(corrected), sum(deficient),
             sum(completed), sum(on_time), sum(overdue)
        from figures f join service_item i on i.id = f.item_id
       group by f.stat_day, f.department_id, f.item_id, i.region_level, f.channel
      """;

  @EJB BenchmarkCatalogue benchmark;

  @EJB BatchOperator operator;

  @EJB RepublicationService republication;

  @Resource(lookup = DatabaseMigration.DATASOURCE)
  DataSource dataSource;

  /**
   * Runs the hand-written statement (reading every row it answers), then a full statistics rebuild
   * over every day with a case, and answers both times; empty outside benchmark mode.
   */
  public Optional<StatisticsTiming> statistics() throws SQLException, InterruptedException {
    if (!benchmark.isEnabled()) {
      return Optional.empty();
    }
    long rows = 0;
    long started = System.nanoTime();
    try (Connection connection = dataSource.getConnection()) {
      // PostgreSQL streams a result by the fetch size only inside a transaction; otherwise the
      // driver holds every row of it in memory at once.
      connection.setAutoCommit(false);
      try (PreparedStatement statement = connection.prepareStatement(GROUP_BY)) {
        statement.setFetchSize(10_000);
        try (ResultSet result = statement.executeQuery()) {
          while (result.next()) {
            rows++;
          }
        }
      } finally {
        connection.rollback();
        connection.setAutoCommit(true);
      }
    }
    long groupBy = (System.nanoTime() - started) / 1_000_000;

    Properties parameters = new Properties();
    parameters.setProperty("mode", "full");
    JobExecution execution = await(operator.start(CaseStatisticsReader.JOB_NAME, parameters));
    long rebuild = millis(execution);
    long days = metric(execution.getExecutionId(), Metric.MetricType.READ_COUNT);
    return Optional.of(
        new StatisticsTiming(
            groupBy,
            rows,
            rebuild,
            days,
            execution.getBatchStatus().name(),
            groupBy == 0 ? 0 : Math.round(100.0 * rebuild / groupBy) / 100.0));
  }

  /**
   * Sends every pending change to the stub platform at {@code url} (API key and signature as in
   * production) and answers the run's rate; empty outside benchmark mode. With {@code again}, the
   * outcomes of earlier runs are forgotten first, so that the same changes are sent once more: the
   * benchmark's second, warm run (the first runs while the server's compiler still works on the
   * job's code), against a freshly started stub.
   */
  public Optional<RepublicationTiming> republication(String url, boolean again)
      throws InterruptedException, SQLException {
    if (!benchmark.isEnabled()) {
      return Optional.empty();
    }
    if (again) {
      try (Connection connection = dataSource.getConnection();
          Statement statement = connection.createStatement()) {
        statement.executeUpdate("delete from republication_item");
      }
    }
    long id =
        republication.start(
            new RepublicationOverrides(url, "bench-key", "bench-secret", 10, 3, 100L, null, null));
    JobExecution execution = await(id);
    long changes = metric(id, Metric.MetricType.WRITE_COUNT);
    long millis = millis(execution);
    return Optional.of(
        new RepublicationTiming(
            changes,
            millis,
            millis == 0 ? 0 : Math.round(changes * 10_000.0 / millis) / 10.0,
            execution.getBatchStatus().name(),
            execution.getExitStatus()));
  }

  private JobExecution await(long executionId) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    JobExecution execution = operator.getJobExecution(executionId);
    while (!ended(execution) && System.nanoTime() < deadline) {
      // The benchmark's own wait for a job it started; the end time is what it reports.
      Thread.sleep(POLL_MILLIS);
      execution = operator.getJobExecution(executionId);
    }
    if (!ended(execution)) {
      throw new IllegalStateException("execution " + executionId + " still runs after " + WAIT);
    }
    return execution;
  }

  /** The end time and the final status are written one after the other: both must be there. */
  private static boolean ended(JobExecution execution) {
    return execution.getEndTime() != null
        && switch (execution.getBatchStatus()) {
          case STARTING, STARTED, STOPPING -> false;
          default -> true;
        };
  }

  private static long millis(JobExecution execution) {
    return execution.getEndTime().getTime() - execution.getStartTime().getTime();
  }

  private long metric(long executionId, Metric.MetricType type) {
    Map<String, Long> byStep = new TreeMap<>();
    for (StepExecution step : operator.getStepExecutions(executionId)) {
      for (Metric metric : step.getMetrics()) {
        if (metric.getType() == type) {
          byStep.merge(step.getStepName(), metric.getValue(), Long::sum);
        }
      }
    }
    return byStep.values().stream().mapToLong(Long::longValue).sum();
  }
}
