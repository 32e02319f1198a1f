package gov.approval.casework.entity;

import gov.approval.organisation.entity.StaffMember;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One review step of an accepted case, copied from the item's process (the steps between 受理 and
 * 决定): its own limit and due date, the assignee, and the opinion of who finished it. Steps run in
 * order; the next starts when one finishes.
 */
@Entity
@Table(name = "case_step")
public class CaseStep {

  public static final int OPINION_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false, updatable = false)
  private ApprovalCase approvalCase;

  @Column(nullable = false, updatable = false)
  private int position;

  @Column(nullable = false, updatable = false, length = 64)
  private String name;

  @Column(length = 64, updatable = false)
  private String role;

  @Column(name = "limit_days", nullable = false, updatable = false)
  private int limitDays;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "assignee_id")
  private StaffMember assignee;

  @Column(name = "started_on")
  private LocalDate startedOn;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "finished_by", length = CaseEvent.ACTOR_LENGTH)
  private String finishedBy;

  @Column(length = OPINION_LENGTH)
  private String opinion;

  protected CaseStep() {}

  CaseStep(ApprovalCase approvalCase, int position, String name, String role, int limitDays) {
    this.approvalCase = approvalCase;
    this.position = position;
    this.name = name;
    this.role = role;
    this.limitDays = limitDays;
  }

  void start(LocalDate on, LocalDate due) {
    this.startedOn = on;
    this.dueOn = due;
  }

  void assign(StaffMember staff) {
    this.assignee = staff;
  }

  void finish(String by, String opinionText, Instant at) {
    this.finishedBy = by;
    this.opinion = opinionText;
    this.finishedAt = at;
  }

  public boolean isStarted() {
    return startedOn != null;
  }

  public boolean isFinished() {
    return finishedAt != null;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public int getPosition() {
    return position;
  }

  public String getName() {
    return name;
  }

  public String getRole() {
    return role;
  }

  public int getLimitDays() {
    return limitDays;
  }

  public StaffMember getAssignee() {
    return assignee;
  }

  public LocalDate getStartedOn() {
    return startedOn;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public String getFinishedBy() {
    return finishedBy;
  }

  public String getOpinion() {
    return opinion;
  }
}
