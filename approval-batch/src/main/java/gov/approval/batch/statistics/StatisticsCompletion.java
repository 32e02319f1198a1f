package gov.approval.batch.statistics;

import gov.approval.platform.control.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * Builds the dashboard index again, if it is missing, when the job ends, however it ends (a whole
 * rebuild dropped it, see {@link CaseStatisticsPlanner}), and marks the instance's progress
 * completed when the job ends well; the next incremental run starts from the start of the last
 * completed one (see {@link StatisticsPlan}).
 */
@Named("statisticsCompletion")
@Dependent
public class StatisticsCompletion extends AbstractJobListener {

  @Resource(lookup = DatabaseMigration.DATASOURCE)
  DataSource dataSource;

  @Inject JobContext jobContext;

  @Inject Clock clock;

  @Override
  public void afterJob() throws Exception {
    DashboardIndex.create(dataSource);
    if (jobContext.getBatchStatus() == BatchStatus.FAILED
        || jobContext.getBatchStatus() == BatchStatus.STOPPING
        || jobContext.getBatchStatus() == BatchStatus.STOPPED) {
      return;
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "update batch_job_progress set completed_at = ?, version = version + 1"
                    + " where instance_id = ?")) {
      update.setTimestamp(1, Timestamp.from(clock.instant()));
      update.setLong(2, jobContext.getInstanceId());
      update.executeUpdate();
    }
  }
}
