package gov.approval.batch.statistics;

import gov.approval.platform.control.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Replaces the chunk's days in {@code case_daily_statistics} (delete, then batch insert) and moves
 * the progress to the last day written, all in the chunk's transaction: a chunk either lands whole
 * with its progress or not at all, and a day computed again replaces its earlier rows.
 */
@Named("caseStatisticsWriter")
@Dependent
public class CaseStatisticsWriter extends AbstractItemWriter {

  @Resource(lookup = DatabaseMigration.DATASOURCE)
  DataSource dataSource;

  @Inject JobContext jobContext;

  @Inject Clock clock;

  @Override
  public void writeItems(List<Object> items) throws Exception {
    Timestamp now = Timestamp.from(clock.instant());
    int done = 0;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete =
            connection.prepareStatement("delete from case_daily_statistics where stat_day = ?");
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into case_daily_statistics (stat_day, department_id, item_id, region_level,"
                    + " channel, received, accepted, refused, corrected, deficiency_accepted,"
                    + " completed, completed_on_time, overdue, handling_days_total,"
                    + " handling_days_avg, handling_days_p90, ratings, complaints, warnings,"
                    + " computed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?)")) {
      for (Object item : items) {
        DayResult result = (DayResult) item;
        Date day = Date.valueOf(result.day().day());
        delete.setDate(1, day);
        delete.executeUpdate();
        for (Map.Entry<StatisticsKey, DayCounts> entry : result.counts().entrySet()) {
          StatisticsKey key = entry.getKey();
          DayCounts c = entry.getValue();
          insert.setDate(1, day);
          insert.setLong(2, key.departmentId());
          insert.setLong(3, key.itemId());
          insert.setString(4, key.regionLevel());
          insert.setString(5, key.channel());
          insert.setInt(6, c.received);
          insert.setInt(7, c.accepted);
          insert.setInt(8, c.refused);
          insert.setInt(9, c.corrected);
          insert.setInt(10, c.deficiencyAccepted);
          insert.setInt(11, c.completed);
          insert.setInt(12, c.completedOnTime);
          insert.setInt(13, c.overdue);
          insert.setInt(14, c.handlingDaysTotal());
          insert.setBigDecimal(15, c.handlingDaysAverage());
          Integer p90 = c.handlingDaysP90();
          if (p90 == null) {
            insert.setNull(16, Types.INTEGER);
          } else {
            insert.setInt(16, p90);
          }
          insert.setInt(17, c.ratings);
          insert.setInt(18, c.complaints);
          insert.setInt(19, c.warnings);
          insert.setTimestamp(20, now);
          insert.addBatch();
        }
        insert.executeBatch();
        done = Math.max(done, result.day().index() + 1);
      }
      try (PreparedStatement progress =
          connection.prepareStatement(
              "update batch_job_progress set days_done = ?, updated_at = ?, version = version + 1"
                  + " where instance_id = ?")) {
        progress.setInt(1, done);
        progress.setTimestamp(2, now);
        progress.setLong(3, jobContext.getInstanceId());
        progress.executeUpdate();
      }
    }
  }
}
