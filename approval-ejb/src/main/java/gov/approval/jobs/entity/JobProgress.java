package gov.approval.jobs.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * How far a day-by-day job instance got: the days it planned (kept, so a restart works through the
 * same days) and the days done, which the job moves in each chunk's own transaction. Written by the
 * job with plain SQL inside its chunk transactions; read here for the progress bar.
 */
@Entity
@Table(name = "batch_job_progress")
@NamedQuery(
    name = "JobProgress.findByExecution",
    query = "SELECT p FROM JobProgress p WHERE p.executionId = :execution")
@NamedQuery(
    name = "JobProgress.findByInstance",
    query = "SELECT p FROM JobProgress p WHERE p.instanceId = :instance")
public class JobProgress {

  @Id
  @Column(name = "instance_id")
  private Long instanceId;

  @Version private long version;

  @Column(name = "job_name", nullable = false)
  private String jobName;

  @Column(name = "execution_id", nullable = false)
  private long executionId;

  @Column(nullable = false)
  private String mode;

  @Column(name = "first_day")
  private LocalDate firstDay;

  @Column(name = "last_day")
  private LocalDate lastDay;

  @Column(name = "days_total", nullable = false)
  private int daysTotal;

  @Column(name = "days_done", nullable = false)
  private int daysDone;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  protected JobProgress() {}

  public Long getInstanceId() {
    return instanceId;
  }

  public String getJobName() {
    return jobName;
  }

  public long getExecutionId() {
    return executionId;
  }

  public String getMode() {
    return mode;
  }

  public LocalDate getFirstDay() {
    return firstDay;
  }

  public LocalDate getLastDay() {
    return lastDay;
  }

  public int getDaysTotal() {
    return daysTotal;
  }

  public int getDaysDone() {
    return daysDone;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }
}
