package gov.approval.batch.statistics;

import gov.approval.platform.control.Clocks;
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
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import javax.sql.DataSource;

/**
 * Reads the days to compute, oldest first. The plan (first and last day) is made once per job
 * instance and kept in {@code batch_job_progress}, so a restart works through the same days from
 * its checkpoint (the index of the next day). Modes (job parameter {@code mode}):
 *
 * <ul>
 *   <li>{@code incremental} (default): from the earliest day with a timeline change since the last
 *       completed run started (or that run's own day, since open cases fall overdue without any
 *       change) up to today; with no completed run yet, a full rebuild;
 *   <li>{@code full}: from the first day any case has a timeline entry up to today.
 * </ul>
 *
 * Parameters {@code from} and {@code to} (ISO days) fix the range instead.
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
  @BatchProperty(name = "mode")
  String mode;

  @Inject
  @BatchProperty(name = "from")
  String from;

  @Inject
  @BatchProperty(name = "to")
  String to;

  private LocalDate firstDay;
  private int total;
  private int next;

  @Override
  public void open(Serializable checkpoint) throws Exception {
    next = checkpoint == null ? 0 : (Integer) checkpoint;
    try (Connection connection = dataSource.getConnection()) {
      if (!loadPlan(connection)) {
        makePlan(connection);
      }
    }
  }

  private boolean loadPlan(Connection connection) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "select first_day, days_total from batch_job_progress where instance_id = ?")) {
      select.setLong(1, jobContext.getInstanceId());
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return false;
        }
        Date first = row.getDate(1);
        firstDay = first == null ? null : first.toLocalDate();
        total = row.getInt(2);
      }
    }
    try (PreparedStatement update =
        connection.prepareStatement(
            "update batch_job_progress set execution_id = ?, updated_at = ?, version = version + 1"
                + " where instance_id = ?")) {
      update.setLong(1, jobContext.getExecutionId());
      update.setTimestamp(2, Timestamp.from(clock.instant()));
      update.setLong(3, jobContext.getInstanceId());
      update.executeUpdate();
    }
    return true;
  }

  private void makePlan(Connection connection) throws SQLException {
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock.withZone(Clocks.CITY_ZONE));
    String effectiveMode = "full".equalsIgnoreCase(blankToNull(mode)) ? "full" : "incremental";
    LocalDate last = blankToNull(to) == null ? today : LocalDate.parse(to.strip());
    LocalDate first;
    if (blankToNull(from) != null) {
      first = LocalDate.parse(from.strip());
    } else {
      Instant watermark = effectiveMode.equals("full") ? null : lastCompletedStart(connection);
      if (watermark == null) {
        effectiveMode = "full";
        first = firstEventDay(connection, null);
      } else {
        LocalDate changed = firstEventDay(connection, watermark);
        LocalDate runDay = watermark.atZone(Clocks.CITY_ZONE).toLocalDate();
        first = changed == null || runDay.isBefore(changed) ? runDay : changed;
      }
    }
    if (first == null || first.isAfter(last)) {
      firstDay = null;
      total = 0;
    } else {
      firstDay = first;
      total = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into batch_job_progress (instance_id, version, job_name, execution_id, mode,"
                + " first_day, last_day, days_total, days_done, started_at, updated_at)"
                + " values (?, 0, ?, ?, ?, ?, ?, ?, 0, ?, ?)")) {
      insert.setLong(1, jobContext.getInstanceId());
      insert.setString(2, JOB_NAME);
      insert.setLong(3, jobContext.getExecutionId());
      insert.setString(4, effectiveMode);
      insert.setDate(5, firstDay == null ? null : Date.valueOf(firstDay));
      insert.setDate(6, firstDay == null ? null : Date.valueOf(last));
      insert.setInt(7, total);
      insert.setTimestamp(8, Timestamp.from(now));
      insert.setTimestamp(9, Timestamp.from(now));
      insert.executeUpdate();
    }
  }

  /** When the last completed run started: changes after it are not yet in the statistics. */
  private static Instant lastCompletedStart(Connection connection) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "select max(started_at) from batch_job_progress"
                + " where job_name = ? and completed_at is not null")) {
      select.setString(1, JOB_NAME);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        Timestamp at = row.getTimestamp(1);
        return at == null ? null : at.toInstant();
      }
    }
  }

  /** The city day of the first timeline entry (since {@code since}, if given), or null. */
  private static LocalDate firstEventDay(Connection connection, Instant since) throws SQLException {
    String sql = "select min(occurred_at) from case_event";
    if (since != null) {
      sql += " where occurred_at >= ?";
    }
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      if (since != null) {
        select.setTimestamp(1, Timestamp.from(since));
      }
      try (ResultSet row = select.executeQuery()) {
        row.next();
        Timestamp at = row.getTimestamp(1);
        return at == null ? null : at.toInstant().atZone(Clocks.CITY_ZONE).toLocalDate();
      }
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  @Override
  public Object readItem() {
    if (firstDay == null || next >= total) {
      return null;
    }
    StatisticsDay day = new StatisticsDay(next, firstDay.plusDays(next));
    next++;
    return day;
  }

  @Override
  public Serializable checkpointInfo() {
    return next;
  }
}
