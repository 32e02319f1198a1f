package gov.approval.republication.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * The republication status of one public change of an item version (one row of the catalogue's
 * history): the last outcome, how many attempts all runs made, the platform's message or the error,
 * and the batch that last sent it. A re-run updates the row, so each change has exactly one.
 */
@Entity
@Table(name = "republication_item")
@NamedQuery(
    name = "RepublicationItem.findByChanges",
    query = "SELECT r FROM RepublicationItem r WHERE r.changeId IN :changes")
// The job's reader: public changes of item versions not yet accepted, in id order from a
// checkpoint.
@NamedQuery(
    name = "RepublicationItem.findPendingChangeIds",
    query =
        "SELECT c.id FROM ItemChange c WHERE c.id > :after AND c.itemVersion IS NOT NULL"
            + " AND c.kind IN :kinds AND NOT EXISTS (SELECT r.id FROM RepublicationItem r"
            + " WHERE r.changeId = c.id AND r.status IN :done) ORDER BY c.id")
// The job's writer: a chunk of changes; what every payload reads follows by batch reading, one
// statement per relation (see RepublicationLedger.prepare).
@NamedQuery(
    name = "RepublicationItem.loadChanges",
    query = "SELECT c FROM ItemChange c WHERE c.id IN :ids ORDER BY c.id")
public class RepublicationItem {

  public static final int MESSAGE_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  /** The history row (a plain id: the catalogue's history is append-only and never removed). */
  @Column(name = "item_change_id", nullable = false, updatable = false)
  private long changeId;

  @Column(name = "item_id", nullable = false, updatable = false)
  private long itemId;

  @Column(name = "implementation_code", nullable = false, updatable = false, length = 33)
  private String implementationCode;

  @Column(name = "item_name", nullable = false, updatable = false, length = 128)
  private String itemName;

  @Column(name = "version_number", nullable = false, updatable = false)
  private int versionNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 16)
  private Operation operation;

  @Column(name = "idempotency_key", nullable = false, updatable = false, length = 64)
  private String idempotencyKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private RepublicationStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(length = MESSAGE_LENGTH)
  private String message;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "batch_id", nullable = false)
  private RepublicationBatch batch;

  @Column(name = "last_sent_at", nullable = false)
  private Instant lastSentAt;

  protected RepublicationItem() {}

  public RepublicationItem(
      long changeId,
      long itemId,
      String implementationCode,
      String itemName,
      int versionNumber,
      Operation operation,
      String idempotencyKey) {
    this.changeId = changeId;
    this.itemId = itemId;
    this.implementationCode = Objects.requireNonNull(implementationCode);
    this.itemName = Objects.requireNonNull(itemName);
    this.versionNumber = versionNumber;
    this.operation = Objects.requireNonNull(operation);
    this.idempotencyKey = Objects.requireNonNull(idempotencyKey);
  }

  /** Records the outcome of one run's {@code attemptsMade} attempts. */
  public void record(
      RepublicationBatch batch,
      RepublicationStatus status,
      int attemptsMade,
      String message,
      Instant now) {
    this.batch = Objects.requireNonNull(batch);
    this.status = Objects.requireNonNull(status);
    this.attempts += attemptsMade;
    this.message = clip(message);
    this.lastSentAt = Objects.requireNonNull(now);
    batch.count(status);
  }

  /** The message as a status row keeps it: stripped, at most {@value #MESSAGE_LENGTH} chars. */
  public static String clip(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String line = text.strip();
    return line.length() <= MESSAGE_LENGTH ? line : line.substring(0, MESSAGE_LENGTH - 1) + "…";
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public long getChangeId() {
    return changeId;
  }

  public long getItemId() {
    return itemId;
  }

  public String getImplementationCode() {
    return implementationCode;
  }

  public String getItemName() {
    return itemName;
  }

  public int getVersionNumber() {
    return versionNumber;
  }

  public Operation getOperation() {
    return operation;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public RepublicationStatus getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public String getMessage() {
    return message;
  }

  public RepublicationBatch getBatch() {
    return batch;
  }

  public Instant getLastSentAt() {
    return lastSentAt;
  }
}
