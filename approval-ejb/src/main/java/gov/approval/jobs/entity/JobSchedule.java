package gov.approval.jobs.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A schedule: start {@link #getJobName job} with {@link #getParameters parameters} at every minute
 * its cron-like expression names, while enabled. {@link #getLastFire} is the minute slot last
 * claimed; the claim is a conditional update ({@code JobSchedule.claim}), so of several servers
 * ticking the same minute exactly one starts the job.
 */
@Entity
@Table(name = "job_schedule")
@NamedQuery(
    name = "JobSchedule.findAll",
    query = "SELECT s FROM JobSchedule s ORDER BY s.jobName, s.id")
@NamedQuery(
    name = "JobSchedule.findEnabled",
    query = "SELECT s FROM JobSchedule s WHERE s.enabled = TRUE ORDER BY s.id")
// The claim of one minute slot: only the server whose update finds the slot not yet claimed (and
// the version it read) changes the row and then starts the job; the others update 0 rows.
@NamedQuery(
    name = "JobSchedule.claim",
    query =
        "UPDATE JobSchedule s SET s.lastFire = :slot, s.version = s.version + 1"
            + " WHERE s.id = :id AND s.version = :version AND s.enabled = TRUE"
            + " AND (s.lastFire IS NULL OR s.lastFire < :slot)")
@NamedQuery(
    name = "JobSchedule.recordExecution",
    query = "UPDATE JobSchedule s SET s.lastExecutionId = :execution WHERE s.id = :id")
public class JobSchedule {

  public static final int JOB_NAME_LENGTH = 64;
  public static final int CRON_LENGTH = 120;
  public static final int PARAMETERS_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "job_name", nullable = false, length = JOB_NAME_LENGTH)
  private String jobName;

  @Column(nullable = false, length = CRON_LENGTH)
  private String cron;

  @Column(length = PARAMETERS_LENGTH)
  private String parameters;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "last_fire")
  private Instant lastFire;

  @Column(name = "last_execution_id")
  private Long lastExecutionId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected JobSchedule() {}

  public JobSchedule(String jobName, String cron, String parameters, boolean enabled, Instant now) {
    this.jobName = Objects.requireNonNull(jobName);
    this.createdAt = now;
    change(cron, parameters, enabled, now);
  }

  /** New expression, parameters and state; the slot already claimed stays claimed. */
  public void change(String cron, String parameters, boolean enabled, Instant now) {
    this.cron = Objects.requireNonNull(cron).strip();
    this.parameters = parameters == null || parameters.isBlank() ? null : parameters.strip();
    this.enabled = enabled;
    this.updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getJobName() {
    return jobName;
  }

  public String getCron() {
    return cron;
  }

  public String getParameters() {
    return parameters;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Instant getLastFire() {
    return lastFire;
  }

  public Long getLastExecutionId() {
    return lastExecutionId;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
