package gov.approval.casework.entity;

import gov.approval.documents.entity.StoredFile;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One line of a case's timeline, appended with each transition and never changed: who (the person,
 * or "system" for what the platform did by itself), when, from which status to which, why (shown to
 * the applicant), an internal note (a reviewer's opinion, staff only) and the notice issued with
 * it, if any.
 */
@Entity
@Table(name = "case_event")
public class CaseEvent {

  public static final int ACTOR_LENGTH = 64;
  public static final int NOTE_LENGTH = 2000;
  public static final String SYSTEM = "system";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Present by house rule; an appended row is never updated, except to link its notice. */
  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false, updatable = false)
  private ApprovalCase approvalCase;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false, length = ACTOR_LENGTH)
  private String actor;

  @Column(name = "actor_name", nullable = false, updatable = false, length = ACTOR_LENGTH)
  private String actorName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 32)
  private CaseAction action;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", updatable = false, length = 24)
  private CaseStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, updatable = false, length = 24)
  private CaseStatus toStatus;

  @Column(updatable = false, length = NOTE_LENGTH)
  private String note;

  @Column(name = "internal_note", updatable = false, length = NOTE_LENGTH)
  private String internalNote;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "notice_file_id")
  private StoredFile notice;

  protected CaseEvent() {}

  CaseEvent(
      ApprovalCase approvalCase,
      Instant occurredAt,
      Actor actor,
      CaseAction action,
      CaseStatus from,
      CaseStatus to,
      String note,
      String internalNote) {
    this.approvalCase = approvalCase;
    this.occurredAt = occurredAt;
    this.actor = actor.username();
    this.actorName = actor.name();
    this.action = action;
    this.fromStatus = from;
    this.toStatus = to;
    this.note = clip(note);
    this.internalNote = clip(internalNote);
  }

  private static String clip(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return text.length() <= NOTE_LENGTH ? text : text.substring(0, NOTE_LENGTH);
  }

  /** Links the notice issued with this event (rendered after the transition). */
  public void attachNotice(StoredFile file) {
    if (notice != null) {
      throw new IllegalStateException("a notice is already attached to event " + id);
    }
    this.notice = file;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public ApprovalCase getApprovalCase() {
    return approvalCase;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getActorName() {
    return actorName;
  }

  public CaseAction getAction() {
    return action;
  }

  public CaseStatus getFromStatus() {
    return fromStatus;
  }

  public CaseStatus getToStatus() {
    return toStatus;
  }

  public String getNote() {
    return note;
  }

  public String getInternalNote() {
    return internalNote;
  }

  public StoredFile getNotice() {
    return notice;
  }
}
