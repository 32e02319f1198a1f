package gov.approval.it.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.approval.batch.admin.boundary.JobAdministration;
import gov.approval.batch.admin.boundary.JobExecutionRow;
import gov.approval.batch.admin.boundary.ScheduleForm;
import gov.approval.batch.admin.boundary.ScheduleRow;
import gov.approval.batch.schedule.Scheduler;
import gov.approval.it.support.ActAs;
import gov.approval.it.support.Deployments;
import gov.approval.platform.boundary.BusinessException;
import gov.approval.platform.boundary.ConcurrentChangeException;
import gov.approval.platform.boundary.PageRequest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Schedules: an enabled one fires at a minute its expression names, once however often that minute
 * is ticked (the claim), a disabled one never, and none while a run of its job still goes; the
 * page's rules (valid expression, known job, parameters, the version) hold. The tick is driven with
 * chosen instants instead of waiting.
 */
@ExtendWith(ArquillianExtension.class)
@ActAs("admin")
class JobScheduleIT {

  private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

  private static final Duration DEADLINE = Duration.ofSeconds(90);

  private static final long POLL_MILLIS = 200;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWithBatch(JobScheduleIT.class);
  }

  @Inject JobAdministration jobs;

  @Inject Scheduler scheduler;

  @Test
  void enabledScheduleFiresOnceAndDisabledNever() throws Exception {
    // A minute far ahead, so the real timer never reaches it during the test.
    String cron = "17 3 1 1 *";
    String parameters = "mode=full; from=2012-01-02; to=2012-01-03";
    ScheduleRow enabled =
        jobs.saveSchedule(new ScheduleForm("case-statistics", cron, parameters, true), null, 0);
    ScheduleRow disabled =
        jobs.saveSchedule(new ScheduleForm("case-statistics", cron, parameters, false), null, 0);
    try {
      assertThat(enabled.nextRuns()).hasSize(3);
      assertThat(enabled.nextRuns().get(0).atZone(CITY).toLocalDateTime().toString())
          .endsWith("-01-01T03:17");
      assertThat(disabled.nextRuns()).isEmpty();

      Instant slot = LocalDateTime.parse("2040-01-01T03:17:00").atZone(CITY).toInstant();
      assertThat(scheduler.tick(slot.minusSeconds(60)))
          .noneMatch(f -> f.scheduleId() == enabled.id());

      List<Scheduler.Fired> fired = scheduler.tick(slot.plusSeconds(5));
      assertThat(fired).filteredOn(f -> f.scheduleId() == enabled.id()).hasSize(1);
      assertThat(fired).noneMatch(f -> f.scheduleId() == disabled.id());
      // The same minute again (another server, or a late tick): already claimed.
      assertThat(scheduler.tick(slot.plusSeconds(30)))
          .noneMatch(f -> f.scheduleId() == enabled.id());

      long execution =
          fired.stream()
              .filter(f -> f.scheduleId() == enabled.id())
              .findFirst()
              .orElseThrow()
              .executionId();
      // The scheduled run works through its two days to the end.
      awaitCompleted(execution);
      // The admin page sees the scheduled run like any other (one component starts every job).
      assertThat(awaitEnd(execution).batchStatus()).isEqualTo("COMPLETED");
      assertThat(jobs.history("case-statistics", PageRequest.of(0, 50)).rows())
          .anyMatch(r -> r.executionId() == execution);
      ScheduleRow after =
          jobs.schedules().stream().filter(s -> s.id() == enabled.id()).findFirst().orElseThrow();
      assertThat(after.lastFire()).isEqualTo(slot);
      assertThat(after.lastExecutionId()).isEqualTo(execution);

      // Enabled later, the other schedule fires at its next minute; the first, now disabled, not.
      ScheduleRow current =
          jobs.schedules().stream().filter(s -> s.id() == enabled.id()).findFirst().orElseThrow();
      jobs.setEnabled(current.id(), current.version(), false);
      ScheduleRow reenabled = jobs.setEnabled(disabled.id(), disabled.version(), true);
      Instant nextYear = LocalDateTime.parse("2041-01-01T03:17:00").atZone(CITY).toInstant();
      List<Scheduler.Fired> later = scheduler.tick(nextYear);
      assertThat(later).filteredOn(f -> f.scheduleId() == reenabled.id()).hasSize(1);
      assertThat(later).noneMatch(f -> f.scheduleId() == enabled.id());
      awaitCompleted(
          later.stream()
              .filter(f -> f.scheduleId() == reenabled.id())
              .findFirst()
              .orElseThrow()
              .executionId());
    } finally {
      for (ScheduleRow row : jobs.schedules()) {
        if (row.id() == enabled.id() || row.id() == disabled.id()) {
          jobs.deleteSchedule(row.id(), row.version());
        }
      }
    }
    assertThat(jobs.schedules()).noneMatch(s -> s.id() == enabled.id() || s.id() == disabled.id());
  }

  @Test
  void aSlotIsSkippedWhileARunOfTheSameJobIsStillGoing() throws Exception {
    // Forty years of days keep the first run busy for far longer than the ticks below take.
    ScheduleRow longRun =
        jobs.saveSchedule(
            new ScheduleForm(
                "case-statistics", "23 4 2 2 *", "mode=full; from=2000-01-03; to=2040-12-31", true),
            null,
            0);
    ScheduleRow overlapping =
        jobs.saveSchedule(
            new ScheduleForm(
                "case-statistics", "23 4 2 2 *", "mode=full; from=2012-01-02; to=2012-01-03", true),
            null,
            0);
    try {
      Instant slot = LocalDateTime.parse("2042-02-02T04:23:00").atZone(CITY).toInstant();
      List<Scheduler.Fired> fired = scheduler.tick(slot);
      // Schedules are ticked in the order they were made: the long run starts, the other waits.
      assertThat(fired).filteredOn(f -> f.scheduleId() == longRun.id()).hasSize(1);
      assertThat(fired).noneMatch(f -> f.scheduleId() == overlapping.id());
      // Skipped, not queued: the same minute ticked again does not start it either.
      assertThat(scheduler.tick(slot.plusSeconds(20)))
          .noneMatch(f -> f.scheduleId() == overlapping.id());
      ScheduleRow skipped =
          jobs.schedules().stream()
              .filter(s -> s.id() == overlapping.id())
              .findFirst()
              .orElseThrow();
      assertThat(skipped.lastExecutionId()).isNull();

      long execution =
          fired.stream()
              .filter(f -> f.scheduleId() == longRun.id())
              .findFirst()
              .orElseThrow()
              .executionId();
      jobs.stop(execution);
      assertThat(awaitEnd(execution).batchStatus()).isEqualTo("STOPPED");
    } finally {
      for (ScheduleRow row : jobs.schedules()) {
        if (row.id() == longRun.id() || row.id() == overlapping.id()) {
          jobs.deleteSchedule(row.id(), row.version());
        }
      }
    }
  }

  @Test
  void refusesBadSchedulesAndStaleVersions() {
    assertThatThrownBy(
            () ->
                jobs.saveSchedule(
                    new ScheduleForm("case-statistics", "61 * * * *", null, true), null, 0))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("staff_admin_jobs.badCron");
    assertThatThrownBy(
            () ->
                jobs.saveSchedule(
                    new ScheduleForm("no-such-job", "* * * * *", null, true), null, 0))
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("staff_admin_jobs.unknownJob");
    assertThatThrownBy(
            () ->
                jobs.saveSchedule(
                    new ScheduleForm("case-statistics", "0 2 * * *", "mode", true), null, 0))
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("staff_admin_jobs.badParameters");

    ScheduleRow row =
        jobs.saveSchedule(new ScheduleForm("case-statistics", "0 2 29 2 *", null, false), null, 0);
    try {
      ScheduleRow changed =
          jobs.saveSchedule(
              new ScheduleForm("case-statistics", "30 2 29 2 *", "mode=full", false),
              row.id(),
              row.version());
      assertThat(changed.cron()).isEqualTo("30 2 29 2 *");
      assertThatThrownBy(() -> jobs.setEnabled(row.id(), row.version(), true))
          .isInstanceOf(ConcurrentChangeException.class);
    } finally {
      jobs.schedules().stream()
          .filter(s -> s.id() == row.id())
          .forEach(s -> jobs.deleteSchedule(s.id(), s.version()));
    }
  }

  @jakarta.annotation.Resource(lookup = "java:app/jdbc/approval")
  javax.sql.DataSource dataSource;

  /** Waits until the statistics run of {@code execution} recorded its completion. */
  private void awaitCompleted(long execution) throws Exception {
    Instant deadline = Instant.now().plus(DEADLINE);
    boolean completed = false;
    while (!completed && Instant.now().isBefore(deadline)) {
      try (java.sql.Connection c = dataSource.getConnection();
          java.sql.PreparedStatement s =
              c.prepareStatement(
                  "select count(*) from batch_job_progress where execution_id = ?"
                      + " and completed_at is not null and days_done = days_total")) {
        s.setLong(1, execution);
        try (java.sql.ResultSet r = s.executeQuery()) {
          r.next();
          completed = r.getLong(1) == 1;
        }
      }
      if (!completed) {
        // A poll with a deadline, not a guess at the job's duration.
        Thread.sleep(POLL_MILLIS);
      }
    }
    assertThat(completed).as("execution %s completed within %s", execution, DEADLINE).isTrue();
  }

  private JobExecutionRow awaitEnd(long execution) throws InterruptedException {
    Instant deadline = Instant.now().plus(DEADLINE);
    JobExecutionRow row = jobs.executionRow(execution);
    while (row.ended() == null && Instant.now().isBefore(deadline)) {
      // A poll with a deadline, not a guess at the job's duration.
      Thread.sleep(POLL_MILLIS);
      row = jobs.executionRow(execution);
    }
    assertThat(row.ended()).as("execution %s ended within %s", execution, DEADLINE).isNotNull();
    return row;
  }
}
