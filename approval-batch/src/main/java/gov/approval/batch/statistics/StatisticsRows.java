package gov.approval.batch.statistics;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;

/**
 * Writes rows of {@code case_daily_statistics} on the chunk's connection, in its transaction;
 * closing it writes what is left. On PostgreSQL the rows go in by {@code COPY} ({@link
 * CopiedRows}), elsewhere by multi-row inserts ({@link InsertedRows}).
 */
interface StatisticsRows extends AutoCloseable {

  /** The table's columns in the order both ways write them. */
  String COLUMNS =
      "stat_day, department_id, item_id, region_level, channel, received, accepted, refused,"
          + " corrected, deficiency_accepted, completed, completed_on_time, overdue,"
          + " handling_days_total, handling_days_avg, handling_days_p90, ratings, complaints,"
          + " warnings, computed_at";

  void add(LocalDate day, StatisticsKey key, DayCounts counts) throws SQLException;

  @Override
  void close() throws SQLException;

  /** The rows' way into the database of {@code connection}. */
  static StatisticsRows open(Connection connection, Timestamp now) throws SQLException {
    if (CopiedRows.available(connection)) {
      return new CopiedRows(connection, now);
    }
    return new InsertedRows(connection, now);
  }
}
