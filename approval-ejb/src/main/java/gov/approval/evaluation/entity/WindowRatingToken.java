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
 * device page can neither rate other cases nor rate twice. It also carries a six-digit {@link
 * #getCode() code} for a hall kiosk, held only while the token is usable (see {@link
 * #releaseCode}).
 */
@Entity
@Table(name = "evaluation_window_token")
@NamedQuery(
    name = "WindowRatingToken.findByToken",
    query =
        "SELECT t FROM WindowRatingToken t JOIN FETCH t.approvalCase JOIN FETCH t.staff"
            + " WHERE t.token = :token")
@NamedQuery(
    name = "WindowRatingToken.findByCode",
    query =
        "SELECT t FROM WindowRatingToken t JOIN FETCH t.approvalCase JOIN FETCH t.staff"
            + " WHERE t.code = :code")
public class WindowRatingToken {

  /** Digits of the kiosk code: easy to type on a keypad, and a million values for guessers. */
  public static final int CODE_DIGITS = 6;

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

  /**
   * The kiosk code while the token is usable, null after: a unique index over the live codes only,
   * so six digits suffice for years of visits.
   */
  @Column(length = CODE_DIGITS, unique = true)
  private String code;

  protected WindowRatingToken() {}

  public WindowRatingToken(
      String token, String code, ApprovalCase c, StaffMember clerk, Instant now) {
    this.token = token;
    this.code = code;
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
    code = null;
  }

  /** Gives the kiosk code of a token that can no longer be used back for new visits. */
  public void releaseCode(Instant now) {
    if (isUsable(now)) {
      throw new IllegalStateException("the code of a usable token is still live");
    }
    code = null;
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

  public String getCode() {
    return code;
  }
}
