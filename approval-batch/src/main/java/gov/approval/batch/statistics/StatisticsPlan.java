package gov.approval.batch.statistics;

import gov.approval.platform.control.Clocks;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The days a job instance computes (first day and how many), made once per instance and kept in
 * {@code batch_job_progress}, so a restart works through the same days from its checkpoints (the
 * index of the next day). Modes (job parameter {@code mode}):
 *
 * <ul>
 *   <li>{@code incremental} (default): from the earliest day with a timeline change since the last
 *       completed run started (or that run's own day, since open cases fall overdue without any
 *       change) up to today; with no completed run yet, a full rebuild;
 *   <li>{@code full}: from the first day any case has a timeline entry up to today.
 * </ul>
 *
 * Parameters {@code from} and {@code to} (ISO days) fix the range instead.
 *
 * @param firstDay null when there is nothing to compute
 */
record StatisticsPlan(LocalDate firstDay, int total) {

  /** The instance's plan, if made; it records {@code executionId} as the instance's latest. */
  static Optional<StatisticsPlan> load(
      Connection connection, long instanceId, long executionId, Clock clock) throws SQLException {
    StatisticsPlan plan;
    try (PreparedStatement select =
        connection.prepareStatement(
            "select first_day, days_total from batch_job_progress where instance_id = ?")) {
      select.setLong(1, instanceId);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        Date first = row.getDate(1);
        plan = new StatisticsPlan(first == null ? null : first.toLocalDate(), row.getInt(2));
      }
    }
    try (PreparedStatement update =
        connection.prepareStatement(
            "update batch_job_progress set execution_id = ?, updated_at = ?, version = version + 1"
                + " where instance_id = ? and execution_id <> ?")) {
      update.setLong(1, executionId);
      update.setTimestamp(2, Timestamp.from(clock.instant()));
      update.setLong(3, instanceId);
      update.setLong(4, executionId);
      update.executeUpdate();
    }
    return Optional.of(plan);
  }

  /** The instance's plan: the stored one, or a new one made from the parameters and stored. */
  static StatisticsPlan loadOrMake(
      Connection connection,
      long instanceId,
      long executionId,
      Clock clock,
      String mode,
      String from,
      String to)
      throws SQLException {
    Optional<StatisticsPlan> stored = load(connection, instanceId, executionId, clock);
    if (stored.isPresent()) {
      return stored.get();
    }
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
    StatisticsPlan plan =
        first == null || first.isAfter(last)
            ? new StatisticsPlan(null, 0)
            : new StatisticsPlan(first, (int) (last.toEpochDay() - first.toEpochDay()) + 1);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into batch_job_progress (instance_id, version, job_name, execution_id, mode,"
                + " first_day, last_day, days_total, days_done, started_at, updated_at)"
                + " values (?, 0, ?, ?, ?, ?, ?, ?, 0, ?, ?)")) {
      insert.setLong(1, instanceId);
      insert.setString(2, CaseStatisticsReader.JOB_NAME);
      insert.setLong(3, executionId);
      insert.setString(4, effectiveMode);
      insert.setDate(5, plan.firstDay() == null ? null : Date.valueOf(plan.firstDay()));
      insert.setDate(6, plan.firstDay() == null ? null : Date.valueOf(last));
      insert.setInt(7, plan.total());
      insert.setTimestamp(8, Timestamp.from(now));
      insert.setTimestamp(9, Timestamp.from(now));
      insert.executeUpdate();
    }
    return plan;
  }

  /** The day of the plan's {@code index}. */
  LocalDate day(int index) {
    return firstDay.plusDays(index);
  }

  /** When the last completed run started: changes after it are not yet in the statistics. */
  private static Instant lastCompletedStart(Connection connection) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "select max(started_at) from batch_job_progress"
                + " where job_name = ? and completed_at is not null")) {
      select.setString(1, CaseStatisticsReader.JOB_NAME);
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

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
