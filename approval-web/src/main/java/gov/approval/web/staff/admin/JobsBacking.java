package gov.approval.web.staff.admin;

import gov.approval.batch.admin.boundary.BatchJob;
import gov.approval.batch.admin.boundary.JobAdministration;
import gov.approval.batch.admin.boundary.JobExecutionRow;
import gov.approval.batch.admin.boundary.JobProgressView;
import gov.approval.batch.admin.boundary.ScheduleForm;
import gov.approval.batch.admin.boundary.ScheduleRow;
import gov.approval.platform.boundary.AccessDeniedException;
import gov.approval.web.i18n.Texts;
import gov.approval.web.security.ActiveUser;
import gov.approval.web.shell.Attempt;
import gov.approval.web.shell.BoundaryLazyModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The batch jobs page ({@code /staff/admin/jobs.xhtml}, JOB_MANAGE): for the chosen job its
 * schedules (add, edit, enable or disable, delete, next run times), a start with parameters, the
 * running execution's progress (a bar that polls by itself while the job runs) with stop, and the
 * paged history with restart of a failed or stopped execution.
 */
@Named
@ViewScoped
public class JobsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  @Inject JobAdministration administration;

  @Inject ActiveUser activeUser;

  private String jobName;
  private String startParameters;
  private BoundaryLazyModel<JobExecutionRow, String> history;
  private List<ScheduleRow> schedules;
  private Long watchedExecution;
  private JobProgressView progress;

  // The schedule form: id null for a new schedule.
  private Long editId;
  private long editVersion;
  private String editCron;
  private String editParameters;
  private boolean editEnabled = true;

  /** The view action: JOB_MANAGE only; others get 403. */
  public void load() {
    if (!activeUser.can("JOB_MANAGE")) {
      throw new AccessDeniedException("error.403.text");
    }
    if (jobName == null || BatchJob.byName(jobName).isEmpty()) {
      jobName = BatchJob.values()[0].jobName();
    }
    history =
        new BoundaryLazyModel<>(
            (request, job) -> administration.history(jobName, request),
            JobExecutionRow::executionId);
    selectJob();
  }

  /** After the job choice changed: its defaults, schedules and any running execution. */
  public void selectJob() {
    startParameters = BatchJob.byName(jobName).map(BatchJob::defaultParameters).orElse("");
    newSchedule();
    schedules = administration.schedules();
    watchedExecution =
        administration.recentExecutions(jobName).stream()
            .filter(JobExecutionRow::running)
            .map(JobExecutionRow::executionId)
            .findFirst()
            .orElse(null);
    refresh();
  }

  /** The poll: the watched execution's progress; stops polling once it ended. */
  public void refresh() {
    progress = watchedExecution == null ? null : administration.progress(watchedExecution);
  }

  public boolean isRunning() {
    return progress != null
        && ("STARTING".equals(progress.batchStatus())
            || "STARTED".equals(progress.batchStatus())
            || "STOPPING".equals(progress.batchStatus()));
  }

  public void start() {
    Long execution = Attempt.get(() -> administration.start(jobName, startParameters));
    if (execution != null) {
      watchedExecution = execution;
      refresh();
      Texts.info("staff_admin_jobs.started", label(jobName), execution);
    }
  }

  public void stop() {
    if (watchedExecution != null && Attempt.run(() -> administration.stop(watchedExecution))) {
      refresh();
      Texts.info("staff_admin_jobs.stopping", watchedExecution);
    }
  }

  public void restart(JobExecutionRow row) {
    Long execution = Attempt.get(() -> administration.restart(row.executionId()));
    if (execution != null) {
      watchedExecution = execution;
      refresh();
      Texts.info("staff_admin_jobs.restarted", row.executionId(), execution);
    }
  }

  // ---- schedules ----

  public List<ScheduleRow> getJobSchedules() {
    return schedules.stream().filter(s -> s.jobName().equals(jobName)).toList();
  }

  public void newSchedule() {
    editId = null;
    editVersion = 0;
    editCron = "30 2 * * *";
    editParameters = BatchJob.byName(jobName).map(BatchJob::defaultParameters).orElse("");
    editEnabled = true;
  }

  public void edit(ScheduleRow row) {
    editId = row.id();
    editVersion = row.version();
    editCron = row.cron();
    editParameters = row.parameters();
    editEnabled = row.enabled();
  }

  public void saveSchedule() {
    ScheduleForm form = new ScheduleForm(jobName, editCron, editParameters, editEnabled);
    if (Attempt.get(() -> administration.saveSchedule(form, editId, editVersion)) != null) {
      Texts.info("app.saved");
      newSchedule();
      schedules = administration.schedules();
    }
  }

  public void toggle(ScheduleRow row) {
    if (Attempt.get(() -> administration.setEnabled(row.id(), row.version(), !row.enabled()))
        != null) {
      schedules = administration.schedules();
    }
  }

  public void delete(ScheduleRow row) {
    if (Attempt.run(() -> administration.deleteSchedule(row.id(), row.version()))) {
      Texts.info("staff_admin_jobs.deleted");
      if (row.id() == (editId == null ? -1 : editId)) {
        newSchedule();
      }
      schedules = administration.schedules();
    }
  }

  public String nextRuns(ScheduleRow row) {
    return row.nextRuns().stream().map(this::time).collect(Collectors.joining("\n"));
  }

  // ---- texts ----

  public String label(String name) {
    return BatchJob.byName(name)
        .map(
            job ->
                Locale.ENGLISH.getLanguage().equals(Texts.locale().getLanguage())
                    ? job.englishLabel()
                    : job.chineseLabel())
        .orElse(name);
  }

  /** An instant to the second in the city's time zone, or nothing. */
  public String time(Instant instant) {
    return instant == null ? "" : SECONDS.format(instant.atZone(CITY));
  }

  public List<BatchJob> getJobs() {
    return List.of(BatchJob.values());
  }

  public String getJobName() {
    return jobName;
  }

  public void setJobName(String jobName) {
    this.jobName = jobName;
  }

  public String getStartParameters() {
    return startParameters;
  }

  public void setStartParameters(String startParameters) {
    this.startParameters = startParameters;
  }

  public BoundaryLazyModel<JobExecutionRow, String> getHistory() {
    return history;
  }

  public JobProgressView getProgress() {
    return progress;
  }

  public Long getEditId() {
    return editId;
  }

  public String getEditCron() {
    return editCron;
  }

  public void setEditCron(String editCron) {
    this.editCron = editCron;
  }

  public String getEditParameters() {
    return editParameters;
  }

  public void setEditParameters(String editParameters) {
    this.editParameters = editParameters;
  }

  public boolean isEditEnabled() {
    return editEnabled;
  }

  public void setEditEnabled(boolean editEnabled) {
    this.editEnabled = editEnabled;
  }
}
