package gov.approval.supervision.entity;

import gov.approval.casework.entity.ApprovalCase;
import gov.approval.organisation.entity.Department;
import gov.approval.platform.boundary.BusinessException;
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

/**
 * A correction order (纠错通知): a supervisor tells a department to correct a case or a practice by a
 * working-day deadline; the department answers; the supervisor accepts the answer (closing it) or
 * reopens it with a new deadline. An order past its deadline is escalated once per deadline.
 */
@Entity
@Table(name = "correction_order")
@NamedQuery(
    name = "CorrectionOrder.overdue",
    query =
        "SELECT o.id FROM CorrectionOrder o WHERE o.state = :open AND o.dueOn < :today"
            + " AND (o.escalatedOn IS NULL OR o.escalatedOn < o.dueOn)")
@NamedQuery(
    name = "CorrectionOrder.countForCase",
    query = "SELECT COUNT(o) FROM CorrectionOrder o WHERE o.approvalCase.id = :case")
public class CorrectionOrder {

  public static final int TEXT_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "department_id", nullable = false, updatable = false)
  private Department department;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "case_id", updatable = false)
  private ApprovalCase approvalCase;

  @Column(name = "risk_event_id", updatable = false)
  private Long riskEventId;

  @Column(nullable = false, updatable = false, length = TEXT_LENGTH)
  private String reason;

  @Column(name = "required_action", nullable = false, updatable = false, length = TEXT_LENGTH)
  private String requiredAction;

  @Column(name = "limit_days", nullable = false)
  private int limitDays;

  @Column(name = "ordered_by", nullable = false, updatable = false, length = 64)
  private String orderedBy;

  @Column(name = "ordered_at", nullable = false, updatable = false)
  private Instant orderedAt;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private OrderState state;

  @Column(length = TEXT_LENGTH)
  private String answer;

  @Column(name = "answered_by", length = 64)
  private String answeredBy;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "review_note", length = TEXT_LENGTH)
  private String reviewNote;

  @Column(name = "reopen_count", nullable = false)
  private int reopenCount;

  @Column(name = "escalated_on")
  private LocalDate escalatedOn;

  protected CorrectionOrder() {}

  public CorrectionOrder(
      Department department,
      ApprovalCase approvalCase,
      Long riskEventId,
      String reason,
      String requiredAction,
      int limitDays,
      LocalDate dueOn,
      String orderedBy,
      Instant now) {
    if (approvalCase != null && !approvalCase.getDepartment().isSameAs(department)) {
      throw new BusinessException("supervision.order.caseOfOtherDepartment");
    }
    this.department = department;
    this.approvalCase = approvalCase;
    this.riskEventId = riskEventId;
    this.reason = reason.strip();
    this.requiredAction = requiredAction.strip();
    this.limitDays = limitDays;
    this.dueOn = dueOn;
    this.orderedBy = orderedBy;
    this.orderedAt = now;
    this.state = OrderState.OPEN;
  }

  /** The department's answer: what it corrected. */
  public void answer(String text, String by, Instant now) {
    if (state != OrderState.OPEN) {
      throw new BusinessException("supervision.order.notOpen");
    }
    this.answer = text.strip();
    this.answeredBy = by;
    this.answeredAt = now;
    this.state = OrderState.ANSWERED;
  }

  /** The supervisor is satisfied: the order is closed. */
  public void accept(String note) {
    if (state != OrderState.ANSWERED) {
      throw new BusinessException("supervision.order.notAnswered");
    }
    this.reviewNote = note == null || note.isBlank() ? null : note.strip();
    this.state = OrderState.ACCEPTED;
  }

  /** The supervisor is not satisfied: the order is open again until {@code newDue}. */
  public void reopen(String note, int days, LocalDate newDue) {
    if (state != OrderState.ANSWERED) {
      throw new BusinessException("supervision.order.notAnswered");
    }
    this.reviewNote = note.strip();
    this.limitDays = days;
    this.dueOn = newDue;
    this.reopenCount++;
    this.escalatedOn = null;
    this.state = OrderState.OPEN;
  }

  /** Marks the order escalated for its current deadline; false if it was already. */
  public boolean escalateIfOverdue(LocalDate today) {
    if (state != OrderState.OPEN || !today.isAfter(dueOn)) {
      return false;
    }
    if (escalatedOn != null && !escalatedOn.isBefore(dueOn)) {
      return false;
    }
    this.escalatedOn = today;
    return true;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Department getDepartment() {
    return department;
  }

  public ApprovalCase getApprovalCase() {
    return approvalCase;
  }

  public Long getRiskEventId() {
    return riskEventId;
  }

  public String getReason() {
    return reason;
  }

  public String getRequiredAction() {
    return requiredAction;
  }

  public int getLimitDays() {
    return limitDays;
  }

  public String getOrderedBy() {
    return orderedBy;
  }

  public Instant getOrderedAt() {
    return orderedAt;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public OrderState getState() {
    return state;
  }

  public String getAnswer() {
    return answer;
  }

  public String getAnsweredBy() {
    return answeredBy;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public String getReviewNote() {
    return reviewNote;
  }

  public int getReopenCount() {
    return reopenCount;
  }

  public LocalDate getEscalatedOn() {
    return escalatedOn;
  }
}
