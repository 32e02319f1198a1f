package gov.approval.it.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import gov.approval.batch.admin.boundary.JobAdministration;
import gov.approval.batch.admin.boundary.JobExecutionRow;
import gov.approval.batch.admin.boundary.JobProgressView;
import gov.approval.batch.admin.control.JobAlerts;
import gov.approval.calendar.boundary.CalendarService;
import gov.approval.calendar.entity.WorkingCalendar;
import gov.approval.it.support.ActAs;
import gov.approval.it.support.Deployments;
import gov.approval.it.support.Mailbox;
import gov.approval.mail.boundary.MailOutbox;
import gov.approval.mail.boundary.MailSearch;
import gov.approval.platform.boundary.PageRequest;
import gov.approval.platform.control.Clocks;
import gov.approval.statistics.boundary.StatisticsQuery;
import gov.approval.statistics.boundary.StatisticsRow;
import gov.approval.statistics.boundary.StatisticsService;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The nightly statistics job on a generated dataset: its figures equal the same figures counted by
 * plain SQL, also over chunks of several days that span a month's end, it ends COMPLETED with one
 * read and one write per day, and a failure forced in the middle of the step (and of a chunk) mails
 * the administrators, keeps the chunks already written, and a restart resumes at the first day of
 * the failed chunk without counting anything twice; a long run split into partitions does the same
 * for each partition.
 */
@ExtendWith(ArquillianExtension.class)
@ActAs("admin")
class CaseStatisticsJobIT {

  private static final Duration DEADLINE = Duration.ofSeconds(90);

  /** A whole rebuild runs over every day since the test database's oldest timeline entry. */
  private static final Duration WHOLE_REBUILD = Duration.ofMinutes(5);

  /** The pause between two looks at a running execution. */
  private static final long POLL_MILLIS = 200;

  private static final String[] METRICS = {
    "received",
    "accepted",
    "refused",
    "corrected",
    "deficiency_accepted",
    "completed",
    "completed_on_time",
    "overdue",
    "handling_days_total",
    "ratings",
    "complaints",
    "warnings"
  };

  @Deployment
  static EnterpriseArchive deployment() {
    EnterpriseArchive ear =
        Deployments.platformWithBatch(CaseStatisticsJobIT.class, StatisticsDataset.class);
    ear.addAsLibraries(jarOf(GreenMail.class), jarOf(org.slf4j.Logger.class));
    return ear;
  }

  @Inject JobAdministration jobs;

  @Inject StatisticsService statistics;

  @Inject CalendarService calendar;

  @Inject MailOutbox outbox;

  @Resource(lookup = "java:app/jdbc/approval")
  DataSource dataSource;

  @Test
  void fullRunEqualsPlainSql() throws Exception {
    LocalDate first = LocalDate.of(2012, 3, 5);
    int days = 7;
    StatisticsDataset.insert(dataSource, first, days, 60, 42);

    long execution =
        jobs.start(
            "case-statistics", "mode=full; from=" + first + "; to=" + first.plusDays(days - 1));
    JobExecutionRow done = awaitEnd(execution);

    assertThat(done.batchStatus()).isEqualTo("COMPLETED");
    assertThat(done.readCount()).isEqualTo(days);
    assertThat(done.writeCount()).isEqualTo(days);
    assertThat(done.skipCount()).isZero();
    JobProgressView progress = jobs.progress(execution);
    assertThat(progress.done()).isEqualTo(days);
    assertThat(progress.percent()).isEqualTo(100);
    for (int d = 0; d < days; d++) {
      LocalDate day = first.plusDays(d);
      assertThat(actual(day)).as("statistics of %s", day).containsExactly(expected(day));
    }
    // The read model sums the period as the table holds it.
    List<StatisticsRow> total =
        statistics.query(StatisticsQuery.total(first, first.plusDays(days - 1)));
    long received = 0;
    for (int d = 0; d < days; d++) {
      received += expected(first.plusDays(d))[0];
    }
    assertThat(total).hasSize(1);
    assertThat(total.get(0).received()).isEqualTo(received);
    long ratings = 0;
    for (int d = 0; d < days; d++) {
      ratings += expected(first.plusDays(d))[9];
    }
    assertThat(total.get(0).ratings()).isEqualTo(ratings).isPositive();
    assertThat(
            statistics.query(
                new StatisticsQuery(
                    first,
                    first.plusDays(days - 1),
                    null,
                    null,
                    null,
                    null,
                    StatisticsQuery.Grouping.CHANNEL)))
        .extracting(StatisticsRow::key)
        .containsAnyOf("ONLINE", "WINDOW");

    // A second run of the same days replaces them: still equal, nothing doubled.
    JobExecutionRow again =
        awaitEnd(
            jobs.start(
                "case-statistics",
                "mode=full; from=" + first + "; to=" + first.plusDays(days - 1)));
    assertThat(again.batchStatus()).isEqualTo("COMPLETED");
    for (int d = 0; d < days; d++) {
      LocalDate day = first.plusDays(d);
      assertThat(actual(day))
          .as("statistics of %s after a re-run", day)
          .containsExactly(expected(day));
    }
  }

  @Test
  void aWholeRebuildEmptiesTheTableFirstAndBuildsTheDashboardIndexAgain() throws Exception {
    LocalDate first = LocalDate.of(2013, 6, 3);
    int days = 3;
    StatisticsDataset.insert(dataSource, first, days, 20, 7);
    // A row of a day the rebuild does not reach (tomorrow): only emptying the table removes it.
    LocalDate tomorrow = LocalDate.now(Clocks.CITY_ZONE).plusDays(1);
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "insert into case_daily_statistics (stat_day, department_id, item_id,"
                    + " region_level, channel, received, computed_at)"
                    + " values (?, -1, -1, 'CITY', 'ONLINE', 99, current_timestamp)")) {
      insert.setDate(1, Date.valueOf(tomorrow));
      insert.executeUpdate();
    }

    JobExecutionRow done = awaitEnd(jobs.start("case-statistics", "mode=full"), WHOLE_REBUILD);

    assertThat(done.batchStatus()).as(done.exitStatus()).isEqualTo("COMPLETED");
    assertThat(actual(tomorrow)[0]).as("the stale row of tomorrow").isZero();
    for (int d = 0; d < days; d++) {
      LocalDate day = first.plusDays(d);
      assertThat(actual(day)).as("statistics of %s", day).containsExactly(expected(day));
    }
    assertThat(dashboardIndexes()).containsExactly("case_daily_statistics_item_idx");
  }

  /** The table's indexes other than the primary key, in lower case. */
  private List<String> dashboardIndexes() throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      // PostgreSQL keeps the table's name in lower case, H2 in upper case.
      for (String table : List.of("case_daily_statistics", "CASE_DAILY_STATISTICS")) {
        try (ResultSet r = c.getMetaData().getIndexInfo(null, null, table, false, false)) {
          while (r.next()) {
            String name = r.getString("INDEX_NAME");
            if (name != null
                && name.toLowerCase(Locale.ROOT).startsWith("case_daily_statistics_")
                && !name.toLowerCase(Locale.ROOT).endsWith("_pk")
                && !names.contains(name.toLowerCase(Locale.ROOT))) {
              names.add(name.toLowerCase(Locale.ROOT));
            }
          }
        }
      }
    }
    return names;
  }

  @Test
  void forcedFailureMailsAdminsAndRestartResumesWithoutCountingTwice() throws Exception {
    GreenMail smtp = Mailbox.start();
    try {
      LocalDate first = LocalDate.of(2012, 4, 2);
      int days = 6;
      // Chunks of two days: the fourth day fails in the second chunk, after its first day.
      LocalDate failing = first.plusDays(3);
      StatisticsDataset.insert(dataSource, first, days, 50, 7);
      String range =
          "mode=full; daysPerChunk=2; from=" + first + "; to=" + first.plusDays(days - 1);

      long execution = jobs.start("case-statistics", range + "; failOnDay=" + failing);
      JobExecutionRow failed = awaitEnd(execution);

      assertThat(failed.batchStatus()).isEqualTo("FAILED");
      assertThat(failed.exitStatus()).contains("Forced failure on " + failing);
      assertThat(failed.restartable()).isTrue();
      assertThat(jobs.progress(execution).done()).isEqualTo(2);
      Timestamp firstDayComputed = computedAt(first);
      assertThat(firstDayComputed).isNotNull();
      assertThat(computedAt(first.plusDays(1))).isNotNull();
      // The failed chunk's first day was computed, and rolled back with it.
      assertThat(computedAt(first.plusDays(2))).isNull();
      assertThat(computedAt(failing)).isNull();

      // The administrators are told, through the outbox.
      assertThat(
              outbox
                  .search(
                      new MailSearch(null, JobAlerts.reference(execution), null),
                      PageRequest.of(0, 20))
                  .rows())
          .anySatisfy(mail -> assertThat(mail.recipient()).isEqualTo("admin@weinan.example.cn"));
      MimeMessage alert =
          awaitMail(
              smtp,
              m ->
                  subject(m).contains("case-statistics")
                      && subject(m).contains(String.valueOf(execution)));
      assertThat(alert).isNotNull();
      assertThat(String.valueOf(alert.getContent())).contains("Forced failure on " + failing);

      Properties withoutHook = new Properties();
      withoutHook.setProperty("mode", "full");
      withoutHook.setProperty("daysPerChunk", "2");
      withoutHook.setProperty("from", first.toString());
      withoutHook.setProperty("to", first.plusDays(days - 1).toString());
      long restart = jobs.restart(execution, withoutHook);
      JobExecutionRow resumed = awaitEnd(restart);

      assertThat(resumed.batchStatus()).isEqualTo("COMPLETED");
      assertThat(resumed.instanceId()).isEqualTo(failed.instanceId());
      // It read only the days from the failed chunk on; the days before were not computed again.
      assertThat(resumed.readCount()).isEqualTo(days - 2);
      assertThat(computedAt(first)).isEqualTo(firstDayComputed);
      assertThat(jobs.progress(restart).done()).isEqualTo(days);
      for (int d = 0; d < days; d++) {
        LocalDate day = first.plusDays(d);
        assertThat(actual(day)).as("statistics of %s", day).containsExactly(expected(day));
      }
    } finally {
      smtp.stop();
    }
  }

  @Test
  void restartInTheMiddleOfAChunkAcrossMonthsReplacesWhatEachChunkWrote() throws Exception {
    // 29 May to 5 June in chunks of five days: the first chunk spans the month's end.
    LocalDate first = LocalDate.of(2012, 5, 29);
    int days = 8;
    LocalDate lastDay = first.plusDays(days - 1);
    StatisticsDataset.insert(dataSource, first, days, 60, 11);
    String range = "mode=full; daysPerChunk=5; from=" + first + "; to=" + lastDay;

    JobExecutionRow full = awaitEnd(jobs.start("case-statistics", range));
    assertThat(full.batchStatus()).isEqualTo("COMPLETED");
    assertThat(full.readCount()).isEqualTo(days);
    for (int d = 0; d < days; d++) {
      LocalDate day = first.plusDays(d);
      assertThat(actual(day)).as("statistics of %s", day).containsExactly(expected(day));
    }
    Timestamp secondChunkComputed = computedAt(first.plusDays(5));

    // More cases on the same days, then a run that fails on the second chunk's second day.
    StatisticsDataset.insert(dataSource, first, days, 40, 12);
    LocalDate failing = first.plusDays(6);
    long execution = jobs.start("case-statistics", range + "; failOnDay=" + failing);
    JobExecutionRow failed = awaitEnd(execution);
    assertThat(failed.batchStatus()).isEqualTo("FAILED");
    assertThat(jobs.progress(execution).done()).isEqualTo(5);
    for (int d = 0; d < 5; d++) {
      LocalDate day = first.plusDays(d);
      assertThat(actual(day))
          .as("statistics of %s, chunk written", day)
          .containsExactly(expected(day));
    }
    // The failed chunk left the earlier run's rows of its days as they were.
    assertThat(computedAt(first.plusDays(5))).isEqualTo(secondChunkComputed);

    Properties withoutHook = new Properties();
    withoutHook.setProperty("mode", "full");
    withoutHook.setProperty("daysPerChunk", "5");
    withoutHook.setProperty("from", first.toString());
    withoutHook.setProperty("to", lastDay.toString());
    JobExecutionRow resumed = awaitEnd(jobs.restart(execution, withoutHook));
    assertThat(resumed.batchStatus()).isEqualTo("COMPLETED");
    assertThat(resumed.readCount()).isEqualTo(days - 5);
    for (int d = 0; d < days; d++) {
      LocalDate day = first.plusDays(d);
      assertThat(actual(day))
          .as("statistics of %s after the restart", day)
          .containsExactly(expected(day));
    }
  }

  @Test
  void aLongRunIsWorkedInPartitionsAndARestartResumesTheFailedOneWhereItStopped() throws Exception {
    // Chunks of one day and two partitions: days 0 to 3 and days 4 to 7, worked at once.
    LocalDate first = LocalDate.of(2012, 7, 2);
    int days = 8;
    LocalDate lastDay = first.plusDays(days - 1);
    StatisticsDataset.insert(dataSource, first, days, 40, 21);
    String range = "mode=full; daysPerChunk=1; partitions=2; from=" + first + "; to=" + lastDay;
    // The second partition fails on its third day, after writing two.
    LocalDate failing = first.plusDays(6);

    long execution = jobs.start("case-statistics", range + "; failOnDay=" + failing);
    JobExecutionRow failed = awaitEnd(execution);

    assertThat(failed.batchStatus()).isEqualTo("FAILED");
    assertThat(failed.exitStatus()).contains("Forced failure on " + failing);
    assertThat(failed.restartable()).isTrue();
    Timestamp firstDayComputed = computedAt(first);
    Timestamp fifthDayComputed = computedAt(first.plusDays(4));
    assertThat(fifthDayComputed).isNotNull();
    assertThat(computedAt(first.plusDays(5))).isNotNull();
    assertThat(computedAt(failing)).isNull();
    assertThat(computedAt(lastDay)).isNull();

    Properties withoutHook = new Properties();
    withoutHook.setProperty("mode", "full");
    withoutHook.setProperty("daysPerChunk", "1");
    withoutHook.setProperty("partitions", "2");
    withoutHook.setProperty("from", first.toString());
    withoutHook.setProperty("to", lastDay.toString());
    long restart = jobs.restart(execution, withoutHook);
    JobExecutionRow resumed = awaitEnd(restart);

    assertThat(resumed.batchStatus()).isEqualTo("COMPLETED");
    // The days written before the failure were not computed again, in either partition. (The
    // runtime's read count of a restarted partitioned step includes the partitions' earlier reads,
    // so the days' computation times are what tells.)
    if (firstDayComputed != null) {
      assertThat(computedAt(first)).isEqualTo(firstDayComputed);
    }
    assertThat(computedAt(first.plusDays(4))).isEqualTo(fifthDayComputed);
    assertThat(jobs.progress(restart).done()).isEqualTo(days);
    for (int d = 0; d < days; d++) {
      LocalDate day = first.plusDays(d);
      assertThat(actual(day)).as("statistics of %s", day).containsExactly(expected(day));
    }
  }

  // ---- the figures, from the statistics table and by plain SQL ----

  private long[] actual(LocalDate day) throws SQLException {
    StringBuilder sql = new StringBuilder("select ");
    for (int i = 0; i < METRICS.length; i++) {
      sql.append(i == 0 ? "" : ", ").append("coalesce(sum(").append(METRICS[i]).append("), 0)");
    }
    sql.append(" from case_daily_statistics where stat_day = ?");
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql.toString())) {
      s.setDate(1, Date.valueOf(day));
      try (ResultSet r = s.executeQuery()) {
        r.next();
        long[] values = new long[METRICS.length];
        for (int i = 0; i < METRICS.length; i++) {
          values[i] = r.getLong(i + 1);
        }
        return values;
      }
    }
  }

  private long[] expected(LocalDate day) throws SQLException {
    Timestamp start = StatisticsDataset.at(day, 0);
    Timestamp end = StatisticsDataset.at(day.plusDays(1), 0);
    Date date = Date.valueOf(day);
    try (Connection c = dataSource.getConnection()) {
      long received = count(c, "select count(*) from approval_case where received_on = ?", date);
      long accepted = count(c, "select count(*) from approval_case where accepted_on = ?", date);
      String action =
          "select count(distinct case_id) from case_event where action = ?"
              + " and occurred_at >= ? and occurred_at < ?";
      long refused = count(c, action, "REFUSED", start, end);
      long corrected = count(c, action, "CORRECTION_REQUESTED", start, end);
      long deficiency = count(c, action, "ACCEPTED_WITH_DEFICIENCIES", start, end);
      String completedOn =
          "select count(*) from approval_case where completed_at >= ? and completed_at < ?";
      long completed = count(c, completedOn, start, end);
      long onTime =
          count(c, completedOn + " and (due_on is null or due_on >= ?)", start, end, date);
      long late = count(c, completedOn + " and due_on < ?", start, end, date);
      long openPastDue =
          count(
              c,
              "select count(*) from approval_case where accepted_on <= ? and due_on < ?"
                  + " and (completed_at is null or completed_at >= ?)"
                  + " and status not in ('REFUSED', 'WITHDRAWN', 'TERMINATED')",
              date,
              date,
              end);
      WorkingCalendar working = calendar.calendar();
      long handlingDays = 0;
      try (PreparedStatement s =
          c.prepareStatement(
              "select coalesce(accepted_on, received_on) from approval_case"
                  + " where completed_at >= ? and completed_at < ?")) {
        s.setTimestamp(1, start);
        s.setTimestamp(2, end);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            if (r.getDate(1) != null) {
              handlingDays +=
                  Math.max(0, working.workingDaysBetween(r.getDate(1).toLocalDate(), day));
            }
          }
        }
      }
      long ratings = count(c, "select count(*) from evaluation_rating where rated_on = ?", date);
      long complaints =
          count(
              c,
              "select count(*) from complaint where case_id is not null"
                  + " and received_at >= ? and received_at < ?",
              start,
              end);
      long warnings =
          count(
              c,
              "select count(*) from case_warning where raised_at >= ? and raised_at < ?",
              start,
              end);
      return new long[] {
        received,
        accepted,
        refused,
        corrected,
        deficiency,
        completed,
        onTime,
        late + openPastDue,
        handlingDays,
        ratings,
        complaints,
        warnings
      };
    }
  }

  private static long count(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private Timestamp computedAt(LocalDate day) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select max(computed_at) from case_daily_statistics where stat_day = ?")) {
      s.setDate(1, Date.valueOf(day));
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getTimestamp(1);
      }
    }
  }

  // ---- waiting ----

  private JobExecutionRow awaitEnd(long execution) throws InterruptedException {
    return awaitEnd(execution, DEADLINE);
  }

  private JobExecutionRow awaitEnd(long execution, Duration limit) throws InterruptedException {
    Instant deadline = Instant.now().plus(limit);
    JobExecutionRow row = jobs.executionRow(execution);
    while (row.ended() == null && Instant.now().isBefore(deadline)) {
      // A poll with a deadline, not a guess at the job's duration.
      Thread.sleep(POLL_MILLIS);
      row = jobs.executionRow(execution);
    }
    assertThat(row.ended()).as("execution %s ended within %s", execution, limit).isNotNull();
    return row;
  }

  private static MimeMessage awaitMail(GreenMail smtp, Predicate<MimeMessage> which) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(40));
    while (Instant.now().isBefore(deadline)) {
      List<MimeMessage> found =
          new ArrayList<>(Arrays.stream(smtp.getReceivedMessages()).filter(which).toList());
      if (!found.isEmpty()) {
        return found.get(0);
      }
      smtp.waitForIncomingEmail(1_000, smtp.getReceivedMessages().length + 1);
    }
    return null;
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      return "";
    }
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
