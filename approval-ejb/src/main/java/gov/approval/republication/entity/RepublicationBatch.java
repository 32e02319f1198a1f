package gov.approval.republication.entity;

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
 * One run of the republication job: its batch number (sent with every change, so the platform and
 * the staff page name the same run), where it sent to, and its counts, kept up to date chunk by
 * chunk so the page shows a running batch's progress.
 */
@Entity
@Table(name = "republication_batch")
@NamedQuery(
    name = "RepublicationBatch.findByExecution",
    query = "SELECT b FROM RepublicationBatch b WHERE b.jobExecutionId = :execution")
public class RepublicationBatch {

  public static final int TARGET_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "batch_number", nullable = false, updatable = false, length = 32)
  private String batchNumber;

  @Column(name = "job_execution_id", nullable = false, updatable = false)
  private long jobExecutionId;

  /** The platform's address, or the export folder. */
  @Column(nullable = false, updatable = false, length = TARGET_LENGTH)
  private String target;

  @Column(name = "to_files", nullable = false, updatable = false)
  private boolean toFiles;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "read_count", nullable = false)
  private int readCount;

  @Column(name = "sent_count", nullable = false)
  private int sentCount;

  @Column(name = "accepted_count", nullable = false)
  private int acceptedCount;

  @Column(name = "rejected_count", nullable = false)
  private int rejectedCount;

  @Column(name = "failed_count", nullable = false)
  private int failedCount;

  protected RepublicationBatch() {}

  public RepublicationBatch(
      String batchNumber, long jobExecutionId, String target, boolean toFiles, Instant now) {
    this.batchNumber = Objects.requireNonNull(batchNumber);
    this.jobExecutionId = jobExecutionId;
    String shown = Objects.requireNonNull(target);
    this.target = shown.length() <= TARGET_LENGTH ? shown : shown.substring(0, TARGET_LENGTH);
    this.toFiles = toFiles;
    this.startedAt = Objects.requireNonNull(now);
  }

  /** Counts one change this batch handed over with its outcome. */
  public void count(RepublicationStatus status) {
    readCount++;
    switch (status) {
      case SENT -> sentCount++;
      case ACCEPTED -> acceptedCount++;
      case REJECTED -> rejectedCount++;
      case FAILED -> failedCount++;
    }
  }

  public void end(Instant now) {
    endedAt = now;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getBatchNumber() {
    return batchNumber;
  }

  public long getJobExecutionId() {
    return jobExecutionId;
  }

  public String getTarget() {
    return target;
  }

  public boolean isToFiles() {
    return toFiles;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public int getReadCount() {
    return readCount;
  }

  public int getSentCount() {
    return sentCount;
  }

  public int getAcceptedCount() {
    return acceptedCount;
  }

  public int getRejectedCount() {
    return rejectedCount;
  }

  public int getFailedCount() {
    return failedCount;
  }
}
