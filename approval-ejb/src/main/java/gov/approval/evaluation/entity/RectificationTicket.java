package gov.approval.evaluation.entity;

import gov.approval.organisation.entity.Department;
import gov.approval.organisation.entity.StaffMember;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The rectification (整改) of one bad review: a call-back by a deadline, a rectification by a second
 * deadline, the result told to the citizen, who may rate it; and the department's appeal, which a
 * supervisor upholds (the review stops counting) or rejects.
 */
@Entity
@Table(name = "evaluation_ticket")
@NamedQuery(
    name = "RectificationTicket.forRating",
    query = "SELECT t FROM RectificationTicket t WHERE t.rating.id = :ratingId")
public class RectificationTicket {

  public static final int TEXT_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "rating_id", nullable = false, updatable = false, unique = true)
  private Rating rating;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "department_id", nullable = false, updatable = false)
  private Department department;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "staff_id", updatable = false)
  private StaffMember staff;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private TicketStatus status;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private Instant openedAt;

  @Column(name = "callback_due_on", nullable = false, updatable = false)
  private LocalDate callbackDueOn;

  @Column(name = "rectify_due_on", nullable = false, updatable = false)
  private LocalDate rectifyDueOn;

  @Column(name = "callback_note", length = TEXT_LENGTH)
  private String callbackNote;

  @Column(name = "called_back_at")
  private Instant calledBackAt;

  @Column(name = "called_back_by", length = 64)
  private String calledBackBy;

  @Column(name = "result_text", length = TEXT_LENGTH)
  private String result;

  @Column(name = "rectified_at")
  private Instant rectifiedAt;

  @Column(name = "rectified_by", length = 64)
  private String rectifiedBy;

  /** The citizen's rating of the rectification. */
  @Enumerated(EnumType.STRING)
  @Column(name = "citizen_level", length = 24)
  private RatingLevel citizenLevel;

  @Enumerated(EnumType.STRING)
  @Column(name = "appeal_kind", length = 16)
  private AppealKind appealKind;

  @Column(name = "appeal_reason", length = TEXT_LENGTH)
  private String appealReason;

  @Enumerated(EnumType.STRING)
  @Column(name = "appeal_status", length = 16)
  private AppealStatus appealStatus;

  @Column(name = "appealed_by", length = 64)
  private String appealedBy;

  @Column(name = "appeal_decided_by", length = 64)
  private String appealDecidedBy;

  @Column(name = "appeal_decided_at")
  private Instant appealDecidedAt;

  @Column(name = "appeal_decision_note", length = TEXT_LENGTH)
  private String appealDecisionNote;

  protected RectificationTicket() {}

  /**
   * Opens the ticket of a bad review, answerable by the rated department and staff member, with
   * both deadlines already computed on the working-day calendar.
   */
  public static RectificationTicket open(
      Rating rating, Instant now, LocalDate callbackDueOn, LocalDate rectifyDueOn) {
    if (!rating.isBad()) {
      throw new IllegalArgumentException("Only a bad review opens a rectification ticket");
    }
    RectificationTicket t = new RectificationTicket();
    t.rating = rating;
    t.department = rating.getDepartment();
    t.staff = rating.getStaff();
    t.status = TicketStatus.OPEN;
    t.openedAt = now;
    t.callbackDueOn = callbackDueOn;
    t.rectifyDueOn = rectifyDueOn;
    return t;
  }

  /** Records the call-back (回访) to the citizen. */
  public void callBack(String note, String username, Instant now) {
    if (status != TicketStatus.OPEN) {
      throw new BusinessException("evaluation.ticket.notOpen");
    }
    requireText(note);
    callbackNote = note.strip();
    calledBackBy = username;
    calledBackAt = now;
    status = TicketStatus.CALLED_BACK;
  }

  /** Records what was put right; the result then goes to the citizen. */
  public void rectify(String resultText, String username, Instant now) {
    if (status == TicketStatus.RECTIFIED) {
      throw new BusinessException("evaluation.ticket.alreadyRectified");
    }
    if (status == TicketStatus.OPEN) {
      throw new BusinessException("evaluation.ticket.callBackFirst");
    }
    requireText(resultText);
    result = resultText.strip();
    rectifiedBy = username;
    rectifiedAt = now;
    status = TicketStatus.RECTIFIED;
  }

  /** The citizen's rating of the rectification, once. */
  public void rateRectification(RatingLevel level) {
    if (status != TicketStatus.RECTIFIED) {
      throw new BusinessException("evaluation.ticket.notRectified");
    }
    if (citizenLevel != null) {
      throw new BusinessException("evaluation.ticket.alreadyRated");
    }
    if (level == null) {
      throw new BusinessException("evaluation.rating.levelMissing");
    }
    citizenLevel = level;
  }

  /** The department says the review is mistaken or malicious; one appeal per review. */
  public void appeal(AppealKind kind, String reason, String username) {
    if (appealStatus != null) {
      throw new BusinessException("evaluation.appeal.alreadyAppealed");
    }
    if (kind == null) {
      throw new BusinessException("evaluation.appeal.kindMissing");
    }
    requireText(reason);
    appealKind = kind;
    appealReason = reason.strip();
    appealedBy = username;
    appealStatus = AppealStatus.PENDING;
  }

  /**
   * A supervisor's decision: an upheld appeal excludes the review from scoring (kept in history).
   * The appealing side may not decide its own appeal.
   */
  public void decideAppeal(boolean upheld, String note, String username, Instant now) {
    if (appealStatus != AppealStatus.PENDING) {
      throw new BusinessException("evaluation.appeal.notPending");
    }
    if (username.equals(appealedBy)) {
      throw new BusinessException("evaluation.appeal.ownAppeal");
    }
    appealStatus = upheld ? AppealStatus.UPHELD : AppealStatus.REJECTED;
    appealDecidedBy = username;
    appealDecidedAt = now;
    appealDecisionNote = note == null || note.isBlank() ? null : note.strip();
    if (upheld) {
      rating.exclude();
    }
  }

  private static void requireText(String text) {
    if (text == null || text.isBlank()) {
      throw new BusinessException("evaluation.ticket.textMissing");
    }
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Rating getRating() {
    return rating;
  }

  public Department getDepartment() {
    return department;
  }

  public StaffMember getStaff() {
    return staff;
  }

  public TicketStatus getStatus() {
    return status;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public LocalDate getCallbackDueOn() {
    return callbackDueOn;
  }

  public LocalDate getRectifyDueOn() {
    return rectifyDueOn;
  }

  public String getCallbackNote() {
    return callbackNote;
  }

  public Instant getCalledBackAt() {
    return calledBackAt;
  }

  public String getResult() {
    return result;
  }

  public Instant getRectifiedAt() {
    return rectifiedAt;
  }

  public RatingLevel getCitizenLevel() {
    return citizenLevel;
  }

  public AppealKind getAppealKind() {
    return appealKind;
  }

  public String getAppealReason() {
    return appealReason;
  }

  public AppealStatus getAppealStatus() {
    return appealStatus;
  }

  public String getAppealDecisionNote() {
    return appealDecisionNote;
  }
}
