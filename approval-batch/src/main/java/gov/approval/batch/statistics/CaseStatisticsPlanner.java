package gov.approval.batch.statistics;

import gov.approval.platform.control.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * The job's first step: makes the instance's {@link StatisticsPlan} and chooses how its days are
 * worked, by its exit status: {@value #PARTITIONED} when the plan has at least {@value
 * #CHUNKS_PER_PARTITION} chunks for each of {@code partitions} (job parameter, default {@value
 * #DEFAULT_PARTITIONS}), so that the server and the database work on as many runs of days at once
 * (a full rebuild of two years: three runs of eight months; three measured a little faster than two
 * or four on two cores, while one partition computes in Java another is in PostgreSQL), else
 * {@value #SEQUENTIAL} (a nightly run's few days, or a short range). A whole rebuild ({@code
 * mode=full} without {@code from} or {@code to}) also drops the dashboard index ({@link
 * DashboardIndex}), which {@link StatisticsCompletion} builds again when the job ends, however it
 * ends: keeping it up to date row by row cost more than building it once; and it empties the table,
 * since every day is written again. Dashboards keep working meanwhile, through the primary key or
 * the whole table, and show the days rebuilt so far (a whole rebuild is an administrator's repair,
 * never the nightly run).
 */
@Named("caseStatisticsPlanner")
@Dependent
public class CaseStatisticsPlanner extends AbstractBatchlet {

  static final String PARTITIONED = "PARTITIONED";
  static final String SEQUENTIAL = "SEQUENTIAL";
  static final int DEFAULT_PARTITIONS = 3;
  static final int DEFAULT_DAYS_PER_CHUNK = 31;

  /** Fewer chunks per run of days are not worth a thread and a connection of their own. */
  static final int CHUNKS_PER_PARTITION = 4;

  @Resource(lookup = DatabaseMigration.DATASOURCE)
  DataSource dataSource;

  @Inject JobContext jobContext;

  @Inject Clock clock;

  @Inject
  @BatchProperty(name = "mode")
  String mode;

  @Inject
  @BatchProperty(name = "from")
  String from;

  @Inject
  @BatchProperty(name = "to")
  String to;

  @Inject
  @BatchProperty(name = "daysPerChunk")
  String daysPerChunk;

  @Inject
  @BatchProperty(name = "partitions")
  String partitions;

  @Override
  public String process() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      StatisticsPlan plan =
          StatisticsPlan.loadOrMake(
              connection,
              jobContext.getInstanceId(),
              jobContext.getExecutionId(),
              clock,
              mode,
              from,
              to);
      if (wholeRebuild(mode, from, to)) {
        DashboardIndex.drop(connection);
        // Every day is written again: emptying the table at once spares each chunk deleting its
        // days' old rows one by one (a re-run over a full table took 2.8 times the GROUP BY, an
        // empty one 1.6 times). A restart does not run this step again, so days done stay done.
        try (Statement statement = connection.createStatement()) {
          statement.execute("truncate table case_daily_statistics");
        }
      }
      return partitions(plan.total(), daysPerChunk(daysPerChunk), partitions(partitions)) > 1
          ? PARTITIONED
          : SEQUENTIAL;
    }
  }

  /** How many runs of days a plan of {@code total} days is worked in at once. */
  static int partitions(int total, int daysPerChunk, int wanted) {
    int chunks = (total + daysPerChunk - 1) / daysPerChunk;
    return Math.max(1, Math.min(wanted, chunks / CHUNKS_PER_PARTITION));
  }

  static int daysPerChunk(String value) {
    return StatisticsPlan.blankToNull(value) == null
        ? DEFAULT_DAYS_PER_CHUNK
        : Math.max(1, Integer.parseInt(value.strip()));
  }

  static int partitions(String value) {
    return StatisticsPlan.blankToNull(value) == null
        ? DEFAULT_PARTITIONS
        : Math.max(1, Integer.parseInt(value.strip()));
  }

  static boolean wholeRebuild(String mode, String from, String to) {
    return "full".equalsIgnoreCase(strip(mode)) && strip(from).isEmpty() && strip(to).isEmpty();
  }

  private static String strip(String value) {
    return value == null ? "" : value.strip();
  }
}
