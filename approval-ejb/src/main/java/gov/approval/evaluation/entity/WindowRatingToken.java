package gov.approval.evaluation.entity;

import gov.approval.casework.entity.ApprovalCase;
import gov.approval.organisation.entity.StaffMember;
import gov.approval.platform.boundary.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * A one-time permission for the window device to take one rating of one visit: the clerk creates
 * it, the citizen uses it without logging in. Random, short-lived and spent on first use, so a
 * device page can neither rate other cases nor rate twice.
 */
@Entity
@Table(name = "evaluation_window_token")
@NamedQuery(
    name = "WindowRatingToken.findByToken",
    query =
        "SELECT t FROM WindowRatingToken t JOIN FETCH t.approvalCase JOIN FETCH t.staff"
            + " WHERE t.token = :token")
public class WindowRatingToken {

  /** Long enough for a visit's end, short enough that a forgotten token soon dies. */
  public static final Duration LIFETIME = Duration.ofMinutes(30);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(nullable = false, updatable = false, length = 64, unique = true)
  private String token;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false, updatable = false)
  private ApprovalCase approvalCase;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "staff_id", nullable = false, updatable = false)
  private StaffMember staff;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected WindowRatingToken() {}

  public WindowRatingToken(String token, ApprovalCase c, StaffMember clerk, Instant now) {
    this.token = token;
    this.approvalCase = c;
    this.staff = clerk;
    this.createdAt = now;
    this.expiresAt = now.plus(LIFETIME);
  }

  /** Spends the token; refuses a used or expired one. */
  public void use(Instant now) {
    if (!isUsable(now)) {
      throw new BusinessException("evaluation.window.tokenInvalid");
    }
    usedAt = now;
  }

  public boolean isUsable(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  public Long getId() {
    return id;
  }

  public String getToken() {
    return token;
  }

  public ApprovalCase getApprovalCase() {
    return approvalCase;
  }

  public StaffMember getStaff() {
    return staff;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getUsedAt() {
    return usedAt;
  }
}
