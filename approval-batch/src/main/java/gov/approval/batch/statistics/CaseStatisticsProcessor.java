package gov.approval.batch.statistics;

import gov.approval.calendar.boundary.CalendarService;
import gov.approval.calendar.entity.WorkingCalendar;
import gov.approval.platform.control.Clocks;
import gov.approval.platform.control.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import javax.sql.DataSource;

/**
 * Computes one day's statistics from the case tables, one grouped query per kind of figure:
 *
 * <ul>
 *   <li>received: cases whose day of receipt is the day; accepted: whose acceptance day is the day
 *       (formal, deemed and with deficiencies);
 *   <li>refused, corrected (one-time correction notices) and 容缺 acceptances: cases with that
 *       timeline action on the day (each case once per day);
 *   <li>completed: cases completed on the day; on time when completed no later than the due day;
 *       handling working days from acceptance (or receipt) to completion by the working-day
 *       calendar, averaged and its 90th percentile (nearest rank);
 *   <li>overdue: cases open past their due day at the end of the day (accepted, not yet completed,
 *       not refused, withdrawn or terminated) plus cases completed late on the day;
 *   <li>ratings, complaints, warnings: {@link OtherFeatureCounts}.
 * </ul>
 *
 * Days are days in the city's time zone. The job parameter {@code failOnDay} (an ISO day) makes it
 * throw on that day: the test hook for a crash in the middle of the step.
 */
@Named("caseStatisticsProcessor")
@Dependent
public class CaseStatisticsProcessor implements ItemProcessor {

  static final String DIMENSIONS = "c.department_id, c.item_id, c.channel";

  private static final String FROM = " from approval_case c";

  @Resource(lookup = DatabaseMigration.DATASOURCE)
  DataSource dataSource;

  // @EJB: the calendar service is in the other EJB module of the application.
  @EJB CalendarService calendarService;

  @Inject
  @BatchProperty(name = "failOnDay")
  String failOnDay;

  /** Read on the step's first day; the processor lives as long as its step. */
  private RegionLevels regionLevels;

  @Override
  public Object processItem(Object item) throws Exception {
    StatisticsDay day = (StatisticsDay) item;
    if (failOnDay != null
        && !failOnDay.isBlank()
        && LocalDate.parse(failOnDay.strip()).equals(day.day())) {
      throw new IllegalStateException(
          "Forced failure on " + day.day() + " (job parameter failOnDay)");
    }
    try (Connection connection = dataSource.getConnection()) {
      if (regionLevels == null) {
        regionLevels = RegionLevels.load(connection);
      }
      return new DayResult(
          day, compute(connection, day.day(), calendarService.calendar(), regionLevels));
    }
  }

  static Map<StatisticsKey, DayCounts> compute(
      Connection connection, LocalDate day, WorkingCalendar calendar, RegionLevels levels)
      throws SQLException {
    Counts counts = new Counts(connection, levels);
    Timestamp start = Timestamp.from(day.atStartOfDay(Clocks.CITY_ZONE).toInstant());
    Timestamp end = Timestamp.from(day.plusDays(1).atStartOfDay(Clocks.CITY_ZONE).toInstant());
    Date date = Date.valueOf(day);

    grouped(connection, "c.received_on = ?", counts, (c, n) -> c.received += n, date);
    grouped(connection, "c.accepted_on = ?", counts, (c, n) -> c.accepted += n, date);
    // Timeline actions of the day, each case once per action.
    try (PreparedStatement statement =
        connection.prepareStatement(
            "select "
                + DIMENSIONS
                + ", e.action, count(distinct c.id) from case_event e"
                + " join approval_case c on c.id = e.case_id"
                + " where e.occurred_at >= ? and e.occurred_at < ?"
                + " and e.action in ('REFUSED', 'CORRECTION_REQUESTED', 'ACCEPTED_WITH_DEFICIENCIES')"
                + " group by "
                + DIMENSIONS
                + ", e.action")) {
      statement.setTimestamp(1, start);
      statement.setTimestamp(2, end);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          DayCounts c = counts.of(rows);
          int n = rows.getInt(5);
          switch (rows.getString(4)) {
            case "REFUSED" -> c.refused += n;
            case "CORRECTION_REQUESTED" -> c.corrected += n;
            default -> c.deficiencyAccepted += n;
          }
        }
      }
    }
    // Completed on the day, one row per case: on time, late, working days taken.
    try (PreparedStatement statement =
        connection.prepareStatement(
            "select "
                + DIMENSIONS
                + ", c.accepted_on, c.received_on, c.due_on"
                + FROM
                + " where c.completed_at >= ? and c.completed_at < ?")) {
      statement.setTimestamp(1, start);
      statement.setTimestamp(2, end);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          DayCounts c = counts.of(rows);
          c.completed++;
          Date accepted = rows.getDate(4);
          Date received = rows.getDate(5);
          Date due = rows.getDate(6);
          if (due == null || !day.isAfter(due.toLocalDate())) {
            c.completedOnTime++;
          } else {
            c.overdue++;
          }
          Date from = accepted != null ? accepted : received;
          if (from != null) {
            c.handlingDays.add(Math.max(0, calendar.workingDaysBetween(from.toLocalDate(), day)));
          }
        }
      }
    }
    // Open past due at the end of the day.
    grouped(
        connection,
        "c.accepted_on <= ? and c.due_on < ? and (c.completed_at is null or c.completed_at >= ?)"
            + " and c.status not in ('REFUSED', 'WITHDRAWN', 'TERMINATED')",
        counts,
        (c, n) -> c.overdue += n,
        date,
        date,
        end);
    OtherFeatureCounts.addRatingsComplaintsWarnings(connection, day, counts);
    return counts.byKey;
  }

  /** A day's counts by key; a row's key is its first three columns and the item's region level. */
  static final class Counts {
    private final Map<StatisticsKey, DayCounts> byKey = new HashMap<>();
    private final Connection connection;
    private final RegionLevels levels;

    Counts(Connection connection, RegionLevels levels) {
      this.connection = connection;
      this.levels = levels;
    }

    DayCounts of(ResultSet row) throws SQLException {
      long itemId = row.getLong(2);
      StatisticsKey key =
          new StatisticsKey(
              row.getLong(1), itemId, levels.of(connection, itemId), row.getString(3));
      return byKey.computeIfAbsent(key, k -> new DayCounts());
    }
  }

  private static void grouped(
      Connection connection,
      String where,
      Counts counts,
      BiConsumer<DayCounts, Integer> add,
      Object... parameters)
      throws SQLException {
    grouped(connection, FROM, where, counts, add, parameters);
  }

  /**
   * Adds one count per statistics key: rows of {@code from} (which names the case {@code c})
   * matching {@code where}, grouped by the dimensions.
   */
  static void grouped(
      Connection connection,
      String from,
      String where,
      Counts counts,
      BiConsumer<DayCounts, Integer> add,
      Object... parameters)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "select "
                + DIMENSIONS
                + ", count(*)"
                + from
                + " where "
                + where
                + " group by "
                + DIMENSIONS)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          add.accept(counts.of(rows), rows.getInt(4));
        }
      }
    }
  }
}
