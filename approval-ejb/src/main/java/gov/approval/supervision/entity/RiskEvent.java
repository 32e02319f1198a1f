package gov.approval.supervision.entity;

import gov.approval.casework.entity.ApprovalCase;
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

/**
 * One finding of an integrity-risk rule with its evidence (the case, the staff member, the facts);
 * a supervisor dismisses it with a reason or turns it into a correction order.
 */
@Entity
@Table(name = "risk_event")
@NamedQuery(
    name = "RiskEvent.countByFingerprint",
    query =
        "SELECT COUNT(r) FROM RiskEvent r WHERE r.rule = :rule AND r.fingerprint = :fingerprint")
public class RiskEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 32)
  private RiskRule rule;

  @Column(nullable = false, updatable = false, length = 64)
  private String fingerprint;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "case_id", updatable = false)
  private ApprovalCase approvalCase;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "department_id", nullable = false, updatable = false)
  private gov.approval.organisation.entity.Department department;

  @Column(updatable = false, length = 64)
  private String staff;

  @Column(nullable = false, updatable = false, length = 2000)
  private String facts;

  @Column(name = "detected_at", nullable = false, updatable = false)
  private Instant detectedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private RiskState state;

  @Column(name = "reviewed_by", length = 64)
  private String reviewedBy;

  @Column(name = "review_reason", length = 2000)
  private String reviewReason;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "order_id")
  private CorrectionOrder order;

  protected RiskEvent() {}

  public RiskEvent(ApprovalCase approvalCase, RiskFinding finding, Instant now) {
    this.rule = finding.rule();
    this.fingerprint = finding.fingerprint();
    this.approvalCase = approvalCase;
    this.department = approvalCase.getDepartment();
    this.staff = finding.staff();
    String facts = finding.facts();
    this.facts = facts.length() <= 2000 ? facts : facts.substring(0, 2000);
    this.detectedAt = now;
    this.state = RiskState.OPEN;
  }

  public void dismiss(String reason, String by, Instant now) {
    requireOpen();
    if (reason == null || reason.isBlank()) {
      throw new BusinessException("supervision.risk.reasonRequired");
    }
    this.reviewReason = reason.strip();
    review(RiskState.DISMISSED, by, now);
  }

  public void turnInto(CorrectionOrder newOrder, String by, Instant now) {
    requireOpen();
    this.order = newOrder;
    review(RiskState.ORDERED, by, now);
  }

  private void requireOpen() {
    if (!state.isReviewable()) {
      throw new BusinessException("supervision.risk.reviewed");
    }
  }

  private void review(RiskState newState, String by, Instant now) {
    this.state = newState;
    this.reviewedBy = by;
    this.reviewedAt = now;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public RiskRule getRule() {
    return rule;
  }

  public String getFingerprint() {
    return fingerprint;
  }

  public ApprovalCase getApprovalCase() {
    return approvalCase;
  }

  public gov.approval.organisation.entity.Department getDepartment() {
    return department;
  }

  public String getStaff() {
    return staff;
  }

  public String getFacts() {
    return facts;
  }

  public Instant getDetectedAt() {
    return detectedAt;
  }

  public RiskState getState() {
    return state;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public String getReviewReason() {
    return reviewReason;
  }

  public CorrectionOrder getOrder() {
    return order;
  }
}
