package gov.approval.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** One audit entry, written once and never changed; its hash links it to the one before. */
@Entity
@Table(name = "audit_entry")
@NamedQuery(
    name = "AuditEntry.fromSeq",
    query = "SELECT e FROM AuditEntry e WHERE e.seq >= :from ORDER BY e.seq")
public class AuditEntry {

  public static final int ACTOR_LENGTH = 64;
  public static final int ACTION_LENGTH = 48;
  public static final int TARGET_LENGTH = 128;
  public static final int PURPOSE_LENGTH = 64;
  public static final int DETAILS_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(nullable = false, unique = true)
  private long seq;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false, length = ACTOR_LENGTH)
  private String actor;

  @Column(nullable = false, length = ACTION_LENGTH)
  private String action;

  @Column(nullable = false, length = TARGET_LENGTH)
  private String target;

  @Column(nullable = false, length = PURPOSE_LENGTH)
  private String purpose;

  @Column(length = DETAILS_LENGTH)
  private String details;

  @Column(name = "previous_hash", nullable = false, length = 64)
  private String previousHash;

  @Column(nullable = false, length = 64)
  private String hash;

  protected AuditEntry() {}

  /** The entry after {@code head}; moves the head on to it. */
  public static AuditEntry append(
      AuditChainHead head,
      Instant at,
      String actor,
      String action,
      String target,
      String purpose,
      String details) {
    AuditEntry e = new AuditEntry();
    e.seq = head.getLastSeq() + 1;
    e.occurredAt = at.truncatedTo(ChronoUnit.MILLIS);
    e.actor = cut(actor, ACTOR_LENGTH);
    e.action = cut(action, ACTION_LENGTH);
    e.target = cut(target, TARGET_LENGTH);
    e.purpose = cut(purpose, PURPOSE_LENGTH);
    e.details = details == null ? null : cut(details, DETAILS_LENGTH);
    e.previousHash = head.getLastHash();
    e.hash =
        AuditChain.hash(
            e.previousHash, e.seq, e.occurredAt, e.actor, e.action, e.target, e.purpose, e.details);
    head.advance(e.seq, e.hash);
    return e;
  }

  private static String cut(String value, int max) {
    String v = value == null ? "" : value;
    return v.length() <= max ? v : v.substring(0, max);
  }

  public boolean feed(AuditChain.Verifier verifier) {
    return verifier.accept(
        seq, occurredAt, actor, action, target, purpose, details, previousHash, hash);
  }

  public Long getId() {
    return id;
  }

  public long getSeq() {
    return seq;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getTarget() {
    return target;
  }

  public String getPurpose() {
    return purpose;
  }

  public String getDetails() {
    return details;
  }

  public String getHash() {
    return hash;
  }
}
