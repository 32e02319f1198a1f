package gov.approval.batch.statistics;

import gov.approval.calendar.boundary.CalendarService;
import gov.approval.platform.control.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Computes the chunk's days together ({@link ChunkStatistics}: a run of consecutive days, as the
 * reader hands them out in order) and replaces their rows in {@code case_daily_statistics} (delete
 * the run, then insert), and adds the chunk's days to the progress, all in the chunk's transaction:
 * a chunk either lands whole with its progress and checkpoint or not at all, and a day computed
 * again replaces its earlier rows, so a restart in the middle of a chunk counts nothing twice. (A
 * crash between a chunk's commit and its checkpoint repeats the chunk, which replaces its rows
 * again; the progress, a sum over the partitions, then counts its days twice, up to the total.)
 */
@Named("caseStatisticsWriter")
@Dependent
public class CaseStatisticsWriter extends AbstractItemWriter {

  private static final Logger LOG = Logger.getLogger(CaseStatisticsWriter.class.getName());

  @Resource(lookup = DatabaseMigration.DATASOURCE)
  DataSource dataSource;

  // @EJB: the calendar service is in the other EJB module of the application.
  @EJB CalendarService calendarService;

  @Inject JobContext jobContext;

  @Inject Clock clock;

  @Inject
  @BatchProperty(name = "instance")
  String instance;

  /** Read on the step's first chunk; the writer lives as long as its step. */
  private RegionLevels regionLevels;

  private WorkingDays workingDays;

  @Override
  public void writeItems(List<Object> items) throws Exception {
    if (items.isEmpty()) {
      return;
    }
    Timestamp now = Timestamp.from(clock.instant());
    LocalDate first = null;
    LocalDate last = null;
    for (Object item : items) {
      StatisticsDay day = (StatisticsDay) item;
      first = first == null || day.day().isBefore(first) ? day.day() : first;
      last = last == null || day.day().isAfter(last) ? day.day() : last;
    }
    try (Connection connection = dataSource.getConnection()) {
      if (regionLevels == null) {
        regionLevels = RegionLevels.load(connection);
        workingDays = new WorkingDays(calendarService.calendar());
      }
      long started = System.nanoTime();
      Map<LocalDate, Map<StatisticsKey, DayCounts>> counts =
          ChunkStatistics.compute(connection, first, last, workingDays, regionLevels);
      long computed = System.nanoTime();
      int written = 0;
      try (PreparedStatement delete =
          connection.prepareStatement(
              "delete from case_daily_statistics where stat_day >= ? and stat_day <= ?")) {
        delete.setDate(1, Date.valueOf(first));
        delete.setDate(2, Date.valueOf(last));
        delete.executeUpdate();
      }
      try (StatisticsRows rows = StatisticsRows.open(connection, now)) {
        for (Map.Entry<LocalDate, Map<StatisticsKey, DayCounts>> day : counts.entrySet()) {
          for (Map.Entry<StatisticsKey, DayCounts> row : day.getValue().entrySet()) {
            rows.add(day.getKey(), row.getKey(), row.getValue());
            written++;
          }
        }
      }
      try (PreparedStatement progress =
          connection.prepareStatement(
              "update batch_job_progress set days_done = least(days_total, days_done + ?),"
                  + " updated_at = ?, version = version + 1 where instance_id = ?")) {
        progress.setInt(1, items.size());
        progress.setTimestamp(2, now);
        progress.setLong(3, CaseStatisticsReader.instanceId(instance, jobContext));
        progress.executeUpdate();
      }
      // Where a chunk's time goes (set the level of this package to FINE to see it).
      if (LOG.isLoggable(Level.FINE)) {
        LOG.fine(
            String.format(
                "statistics %s..%s: %d rows, computed in %d ms, written in %d ms",
                first,
                last,
                written,
                (computed - started) / 1_000_000,
                (System.nanoTime() - computed) / 1_000_000));
      }
    }
  }
}
