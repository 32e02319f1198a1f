package gov.approval.batch.statistics;

import gov.approval.calendar.entity.WorkingCalendar;
import gov.approval.platform.control.Clocks;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Computes the statistics of a run of days (one chunk) from the case tables with a handful of
 * queries over the whole run (the cases received, accepted or completed in it; its timeline
 * actions; the cases open past due in it; its ratings, complaints and warnings), split by day:
 *
 * <ul>
 *   <li>received: cases whose day of receipt is the day; accepted: whose acceptance day is the day
 *       (formal, deemed and with deficiencies);
 *   <li>refused, corrected (one-time correction notices) and 容缺 acceptances: cases with that
 *       timeline action on the day (each case once per day and action);
 *   <li>completed: cases completed on the day; on time when completed no later than the due day;
 *       handling working days from acceptance (or receipt) to completion by the working-day
 *       calendar, averaged and its 90th percentile (nearest rank);
 *   <li>overdue: cases open past their due day at the end of the day (accepted, not yet completed,
 *       not refused, withdrawn or terminated) plus cases completed late on the day;
 *   <li>ratings, complaints, warnings: {@link OtherFeatureCounts}.
 * </ul>
 *
 * Days are days in the city's time zone. Timestamps are put on their day here, in Java, with the
 * same conversion the day's bounds were computed with before, rather than by a cast in SQL, which
 * would use the database session's zone. Working a run of days at once is what makes the full
 * rebuild affordable: one day at a time it ran the same eight statements 731 times, each an index
 * scan with its own overhead, and the open-past-due count read the whole range of open cases once
 * per day.
 */
final class ChunkStatistics {

  static final String DIMENSIONS = "c.department_id, c.item_id, c.channel";

  private static final String CASE = " join approval_case c on c.id = x.case_id";

  private final Connection connection;
  private final RegionLevels levels;
  private final WorkingDays workingDays;
  private final LocalDate first;
  private final LocalDate last;
  private final Timestamp start;
  private final Timestamp end;

  /** Counters by day, then by key; only days and keys with activity. */
  private final Map<LocalDate, Map<StatisticsKey, DayCounts>> byDay = new TreeMap<>();

  private ChunkStatistics(
      Connection connection,
      RegionLevels levels,
      WorkingDays workingDays,
      LocalDate first,
      LocalDate last) {
    this.connection = connection;
    this.levels = levels;
    this.workingDays = workingDays;
    this.first = first;
    this.last = last;
    this.start = startOf(first);
    this.end = startOf(last.plusDays(1));
  }

  /** The counters of every day from {@code first} to {@code last} (inclusive) by key. */
  static Map<LocalDate, Map<StatisticsKey, DayCounts>> compute(
      Connection connection,
      LocalDate first,
      LocalDate last,
      WorkingCalendar calendar,
      RegionLevels levels)
      throws SQLException {
    return compute(connection, first, last, new WorkingDays(calendar), levels);
  }

  static Map<LocalDate, Map<StatisticsKey, DayCounts>> compute(
      Connection connection,
      LocalDate first,
      LocalDate last,
      WorkingDays workingDays,
      RegionLevels levels)
      throws SQLException {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException(first + " after " + last);
    }
    ChunkStatistics chunk = new ChunkStatistics(connection, levels, workingDays, first, last);
    chunk.cases();
    chunk.timelineActions();
    chunk.openPastDue();
    chunk.ratings();
    chunk.complaintsAndWarnings();
    return chunk.byDay;
  }

  /**
   * Received, accepted and completed in one pass: one query reads each case received, accepted or
   * completed in the run once (its dates), and Java puts it on its days. Three grouped queries read
   * the same case rows three times, and a month's cases lie scattered over most of the table's
   * pages, since cases are stored in the order they were created.
   */
  private void cases() throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "select "
                + DIMENSIONS
                + ", c.received_on, c.accepted_on, c.completed_at, c.due_on from approval_case c"
                + " where c.received_on between ? and ? or c.accepted_on between ? and ?"
                + " or (c.completed_at >= ? and c.completed_at < ?)")) {
      statement.setDate(1, Date.valueOf(first));
      statement.setDate(2, Date.valueOf(last));
      statement.setDate(3, Date.valueOf(first));
      statement.setDate(4, Date.valueOf(last));
      statement.setTimestamp(5, start);
      statement.setTimestamp(6, end);
      statement.setFetchSize(5_000);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          LocalDate received = localDate(rows.getDate(4));
          LocalDate accepted = localDate(rows.getDate(5));
          Timestamp completedAt = rows.getTimestamp(6);
          if (inRun(received)) {
            of(received, rows).received++;
          }
          if (inRun(accepted)) {
            of(accepted, rows).accepted++;
          }
          if (completedAt != null && !completedAt.before(start) && completedAt.before(end)) {
            completed(rows, dayOf(completedAt), accepted, received, localDate(rows.getDate(7)));
          }
        }
      }
    }
  }

  /** A case completed on {@code day}: on time or late, and the working days it took. */
  private void completed(
      ResultSet row, LocalDate day, LocalDate accepted, LocalDate received, LocalDate due)
      throws SQLException {
    DayCounts c = of(day, row);
    c.completed++;
    if (due == null || !day.isAfter(due)) {
      c.completedOnTime++;
    } else {
      c.overdue++;
    }
    LocalDate from = accepted != null ? accepted : received;
    if (from != null) {
      c.handlingDays.add(Math.max(0, workingDays.between(from, day)));
    }
  }

  private boolean inRun(LocalDate day) {
    return day != null && !day.isBefore(first) && !day.isAfter(last);
  }

  private static LocalDate localDate(Date date) {
    return date == null ? null : date.toLocalDate();
  }

  private void ratings() throws SQLException {
    // Ratings carry their day as a date column, so the database groups them.
    groupedByDateColumn(" from evaluation_rating x" + CASE, "x.rated_on", (c, n) -> c.ratings += n);
  }

  /** Timeline actions of the run, each case once per day and action. */
  private void timelineActions() throws SQLException {
    Set<CaseAction> seen = new HashSet<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "select "
                + DIMENSIONS
                + ", e.occurred_at, e.action, e.case_id from case_event e"
                + " join approval_case c on c.id = e.case_id"
                + " where e.occurred_at >= ? and e.occurred_at < ?"
                + " and e.action in ('REFUSED', 'CORRECTION_REQUESTED', 'ACCEPTED_WITH_DEFICIENCIES')")) {
      statement.setTimestamp(1, start);
      statement.setTimestamp(2, end);
      statement.setFetchSize(5_000);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          LocalDate day = dayOf(rows.getTimestamp(4));
          String action = rows.getString(5);
          if (!seen.add(new CaseAction(day, action, rows.getLong(6)))) {
            continue;
          }
          DayCounts c = of(day, rows);
          switch (action) {
            case "REFUSED" -> c.refused++;
            case "CORRECTION_REQUESTED" -> c.corrected++;
            default -> c.deficiencyAccepted++;
          }
        }
      }
    }
  }

  /**
   * Open past due at the end of each day: a case counts on every day {@code d} with {@code
   * accepted_on <= d}, {@code due_on < d} and not completed by the end of {@code d}. One query
   * reads every case that counts on at least one day of the run, and each is added to the days it
   * counts on.
   */
  private void openPastDue() throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "select "
                + DIMENSIONS
                + ", c.accepted_on, c.due_on, c.completed_at from approval_case c"
                + " where c.accepted_on <= ? and c.due_on < ?"
                + " and (c.completed_at is null or c.completed_at >= ?)"
                + " and c.status not in ('REFUSED', 'WITHDRAWN', 'TERMINATED')")) {
      statement.setDate(1, Date.valueOf(last));
      statement.setDate(2, Date.valueOf(last));
      // Still open at the end of the run's first day.
      statement.setTimestamp(3, startOf(first.plusDays(1)));
      statement.setFetchSize(5_000);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          LocalDate accepted = rows.getDate(4).toLocalDate();
          LocalDate afterDue = rows.getDate(5).toLocalDate().plusDays(1);
          Timestamp completed = rows.getTimestamp(6);
          LocalDate from = latest(first, latest(accepted, afterDue));
          LocalDate to = completed == null ? last : earliest(last, dayOf(completed).minusDays(1));
          for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            of(d, rows).overdue++;
          }
        }
      }
    }
  }

  /** Complaints about a case and warnings raised, put on the day of their timestamp. */
  private void complaintsAndWarnings() throws SQLException {
    timestamped(" from complaint x" + CASE, "x.received_at", (c, n) -> c.complaints += n);
    timestamped(" from case_warning x" + CASE, "x.raised_at", (c, n) -> c.warnings += n);
  }

  /**
   * Adds one count per day and key: rows of {@code from} whose date {@code column} is in the run.
   */
  private void groupedByDateColumn(String from, String column, BiConsumer<DayCounts, Integer> add)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "select "
                + DIMENSIONS
                + ", "
                + column
                + ", count(*)"
                + from
                + " where "
                + column
                + " between ? and ? group by "
                + DIMENSIONS
                + ", "
                + column)) {
      statement.setDate(1, Date.valueOf(first));
      statement.setDate(2, Date.valueOf(last));
      statement.setFetchSize(5_000);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          add.accept(of(rows.getDate(4).toLocalDate(), rows), rows.getInt(5));
        }
      }
    }
  }

  /** Adds one count per row of {@code from} whose timestamp {@code column} lies in the run. */
  private void timestamped(String from, String column, BiConsumer<DayCounts, Integer> add)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "select "
                + DIMENSIONS
                + ", "
                + column
                + from
                + " where "
                + column
                + " >= ? and "
                + column
                + " < ?")) {
      statement.setTimestamp(1, start);
      statement.setTimestamp(2, end);
      statement.setFetchSize(5_000);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          add.accept(of(dayOf(rows.getTimestamp(4)), rows), 1);
        }
      }
    }
  }

  private record CaseAction(LocalDate day, String action, long caseId) {}

  /** The counters of {@code day} and the key in the row's first three columns. */
  private DayCounts of(LocalDate day, ResultSet row) throws SQLException {
    long itemId = row.getLong(2);
    StatisticsKey key =
        new StatisticsKey(row.getLong(1), itemId, levels.of(connection, itemId), row.getString(3));
    return byDay
        .computeIfAbsent(day, d -> new HashMap<>())
        .computeIfAbsent(key, k -> new DayCounts());
  }

  /** The first instant of {@code day} in the city, as the database compares timestamps. */
  static Timestamp startOf(LocalDate day) {
    return Timestamp.from(day.atStartOfDay(Clocks.CITY_ZONE).toInstant());
  }

  /** The city day of {@code at}: the day whose {@link #startOf} bounds contain it. */
  static LocalDate dayOf(Timestamp at) {
    return at.toInstant().atZone(Clocks.CITY_ZONE).toLocalDate();
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate earliest(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
