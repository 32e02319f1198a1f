package gov.approval.complaints.entity;

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

/** One entry of a complaint's timeline, written once. */
@Entity
@Table(name = "complaint_event")
public class ComplaintEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "complaint_id", nullable = false)
  private Complaint complaint;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ComplaintAction action;

  @Column(nullable = false, length = 64)
  private String actor;

  @Column(length = Complaint.TEXT_LENGTH)
  private String note;

  protected ComplaintEvent() {}

  ComplaintEvent(
      Complaint complaint, Instant occurredAt, ComplaintAction action, String actor, String note) {
    this.complaint = complaint;
    this.occurredAt = occurredAt;
    this.action = action;
    this.actor = actor;
    this.note = note == null || note.isBlank() ? null : note;
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public ComplaintAction getAction() {
    return action;
  }

  public String getActor() {
    return actor;
  }

  public String getNote() {
    return note;
  }
}
