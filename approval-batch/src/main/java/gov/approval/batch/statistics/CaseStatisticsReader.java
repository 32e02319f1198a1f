package gov.approval.batch.statistics;

import gov.approval.platform.control.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.Connection;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * Reads the days of the instance's {@link StatisticsPlan} (made by {@link CaseStatisticsPlanner}),
 * oldest first: all of them, or in a partition the run from {@code firstIndex} to before {@code
 * endIndex}. The checkpoint is the index of the next day, so a restart resumes at the first day of
 * the first chunk not written.
 */
@Named("caseStatisticsReader")
@Dependent
public class CaseStatisticsReader extends AbstractItemReader {

  public static final String JOB_NAME = "case-statistics";

  @Resource(lookup = DatabaseMigration.DATASOURCE)
  DataSource dataSource;

  @Inject JobContext jobContext;

  @Inject Clock clock;

  @Inject
  @BatchProperty(name = "firstIndex")
  String firstIndex;

  @Inject
  @BatchProperty(name = "endIndex")
  String endIndex;

  @Inject
  @BatchProperty(name = "instance")
  String instance;

  private StatisticsPlan plan;
  private int end;
  private int next;

  @Override
  public void open(Serializable checkpoint) throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      plan =
          StatisticsPlan.load(
                  connection, instanceId(instance, jobContext), jobContext.getExecutionId(), clock)
              .orElseThrow(() -> new IllegalStateException("no statistics plan"));
    }
    int first = StatisticsPlan.blankToNull(firstIndex) == null ? 0 : Integer.parseInt(firstIndex);
    end =
        StatisticsPlan.blankToNull(endIndex) == null
            ? plan.total()
            : Math.min(plan.total(), Integer.parseInt(endIndex));
    next = checkpoint == null ? first : (Integer) checkpoint;
  }

  /** The job instance: a partition's property, since a partition has a job context of its own. */
  static long instanceId(String property, JobContext jobContext) {
    return StatisticsPlan.blankToNull(property) == null
        ? jobContext.getInstanceId()
        : Long.parseLong(property.strip());
  }

  @Override
  public Object readItem() {
    if (plan.firstDay() == null || next >= end) {
      return null;
    }
    StatisticsDay day = new StatisticsDay(next, plan.day(next));
    next++;
    return day;
  }

  @Override
  public Serializable checkpointInfo() {
    return next;
  }
}
