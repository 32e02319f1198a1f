package gov.approval.supervision.entity;

import gov.approval.casework.entity.ApprovalCase;
import gov.approval.casework.entity.CaseStatus;
import gov.approval.organisation.entity.Department;
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
import java.time.LocalDate;
import java.util.Objects;

/**
 * A yellow or red warning on a case (step position empty) or on one of its review steps, raised in
 * one status and cleared when the case moves on, when a worse level replaces it, or when the
 * deadline moves away. Rows are never deleted: performance assessment counts them.
 */
@Entity
@Table(name = "case_warning")
@NamedQuery(
    name = "CaseWarning.activeOfCase",
    query = "SELECT w FROM CaseWarning w WHERE w.approvalCase.id = :case AND w.clearedAt IS NULL")
@NamedQuery(
    name = "CaseWarning.activeLevels",
    query =
        "SELECT w.id, w.escalation, w.escalatedOn FROM CaseWarning w"
            + " WHERE w.clearedAt IS NULL ORDER BY w.id")
public class CaseWarning {

  public enum Cleared {
    /** The case changed status or step. */
    MOVED_ON,
    /** A worse level replaced it. */
    SUPERSEDED,
    /** The deadline moved away (an extension, a suspension). */
    RELIEVED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false, updatable = false)
  private ApprovalCase approvalCase;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "department_id", nullable = false, updatable = false)
  private Department department;

  @Column(name = "step_position", updatable = false)
  private Integer stepPosition;

  @Column(name = "step_name", updatable = false, length = 64)
  private String stepName;

  @Enumerated(EnumType.STRING)
  @Column(name = "case_status", nullable = false, updatable = false, length = 24)
  private CaseStatus caseStatus;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 8)
  private WarningLevel level;

  @Column(name = "due_on", nullable = false, updatable = false)
  private LocalDate dueOn;

  @Column(name = "raised_at", nullable = false, updatable = false)
  private Instant raisedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Escalation escalation;

  @Column(name = "escalated_on", nullable = false)
  private LocalDate escalatedOn;

  @Column(name = "cleared_at")
  private Instant clearedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "cleared_reason", length = 16)
  private Cleared clearedReason;

  protected CaseWarning() {}

  public CaseWarning(
      ApprovalCase approvalCase,
      Integer stepPosition,
      String stepName,
      WarningLevel level,
      LocalDate dueOn,
      Escalation escalation,
      Instant now,
      LocalDate today) {
    if (level == WarningLevel.NONE) {
      throw new IllegalArgumentException("no warning of level NONE");
    }
    this.approvalCase = approvalCase;
    this.department = approvalCase.getDepartment();
    this.caseStatus = approvalCase.getStatus();
    this.stepPosition = stepPosition;
    this.stepName = stepName;
    this.level = level;
    this.dueOn = dueOn;
    this.escalation = escalation;
    this.escalatedOn = today;
    this.raisedAt = now;
  }

  /** Whether this warning watches the same deadline: same status, same step. */
  public boolean watches(CaseStatus status, Integer step) {
    return caseStatus == status && Objects.equals(stepPosition, step);
  }

  public void clear(Cleared reason, Instant now) {
    if (clearedAt == null) {
      this.clearedAt = now;
      this.clearedReason = reason;
    }
  }

  /**
   * Moves the warning one level up the chain when it has stood {@code everyDays} working days at
   * its level; returns the new level to mail, if it moved.
   */
  public java.util.Optional<Escalation> escalateIfDue(
      LocalDate today, int workingDaysSince, int everyDays) {
    if (clearedAt != null || !isDue(escalation, workingDaysSince, everyDays)) {
      return java.util.Optional.empty();
    }
    java.util.Optional<Escalation> next = escalation.next();
    next.ifPresent(
        e -> {
          this.escalation = e;
          this.escalatedOn = today;
        });
    return next;
  }

  /**
   * Whether an active warning at {@code level} for {@code workingDaysSince} working days moves up:
   * below the top of the chain and at its level for {@code everyDays}. The scan asks it of every
   * active warning's level and day before it opens a transaction for one.
   */
  public static boolean isDue(Escalation level, int workingDaysSince, int everyDays) {
    return level.next().isPresent() && workingDaysSince >= everyDays;
  }

  public boolean isActive() {
    return clearedAt == null;
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

  public Department getDepartment() {
    return department;
  }

  public Integer getStepPosition() {
    return stepPosition;
  }

  public String getStepName() {
    return stepName;
  }

  public CaseStatus getCaseStatus() {
    return caseStatus;
  }

  public WarningLevel getLevel() {
    return level;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public Instant getRaisedAt() {
    return raisedAt;
  }

  public Escalation getEscalation() {
    return escalation;
  }

  public LocalDate getEscalatedOn() {
    return escalatedOn;
  }

  public Instant getClearedAt() {
    return clearedAt;
  }

  public Cleared getClearedReason() {
    return clearedReason;
  }
}
