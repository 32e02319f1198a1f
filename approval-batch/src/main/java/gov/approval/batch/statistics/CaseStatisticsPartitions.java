package gov.approval.batch.statistics;

import gov.approval.platform.control.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.time.Clock;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * Splits the plan of a long run (see {@link CaseStatisticsPlanner}) into consecutive runs of whole
 * chunks, one partition each, worked at once. Each partition checkpoints the index of its next day,
 * so a restart resumes every unfinished partition where it stopped; the split depends only on the
 * stored plan and the instance's parameters, which a restart keeps, so it is the same again. The
 * partitions get the instance's id as a property, since each runs with a job context of its own.
 */
@Named("caseStatisticsPartitions")
@Dependent
public class CaseStatisticsPartitions implements PartitionMapper {

  @Resource(lookup = DatabaseMigration.DATASOURCE)
  DataSource dataSource;

  @Inject JobContext jobContext;

  @Inject Clock clock;

  @Inject
  @BatchProperty(name = "daysPerChunk")
  String daysPerChunk;

  @Inject
  @BatchProperty(name = "partitions")
  String partitions;

  @Override
  public PartitionPlan mapPartitions() throws Exception {
    StatisticsPlan plan;
    try (Connection connection = dataSource.getConnection()) {
      plan =
          StatisticsPlan.load(
                  connection, jobContext.getInstanceId(), jobContext.getExecutionId(), clock)
              .orElseThrow(() -> new IllegalStateException("no statistics plan"));
    }
    int chunkDays = CaseStatisticsPlanner.daysPerChunk(daysPerChunk);
    Properties[] ranges =
        ranges(
            plan.total(),
            chunkDays,
            CaseStatisticsPlanner.partitions(
                plan.total(), chunkDays, CaseStatisticsPlanner.partitions(partitions)),
            jobContext.getInstanceId());
    PartitionPlanImpl partitionPlan = new PartitionPlanImpl();
    partitionPlan.setPartitions(ranges.length);
    partitionPlan.setThreads(ranges.length);
    partitionPlan.setPartitionsOverride(false);
    partitionPlan.setPartitionProperties(ranges);
    return partitionPlan;
  }

  /** {@code count} runs of whole chunks covering days 0 to {@code total - 1}, as even as can be. */
  static Properties[] ranges(int total, int daysPerChunk, int count, long instanceId) {
    int chunks = (total + daysPerChunk - 1) / daysPerChunk;
    Properties[] ranges = new Properties[count];
    int start = 0;
    for (int i = 0; i < count; i++) {
      int own = chunks / count + (i < chunks % count ? 1 : 0);
      int end = Math.min(total, start + own * daysPerChunk);
      Properties range = new Properties();
      range.setProperty("firstIndex", Integer.toString(start));
      range.setProperty("endIndex", Integer.toString(end));
      range.setProperty("instance", Long.toString(instanceId));
      ranges[i] = range;
      start = end;
    }
    return ranges;
  }
}
