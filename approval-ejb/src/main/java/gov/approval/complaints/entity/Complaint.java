package gov.approval.complaints.entity;

import gov.approval.casework.entity.ApprovalCase;
import gov.approval.identity.entity.UserAccount;
import gov.approval.organisation.entity.Department;
import gov.approval.organisation.entity.ServiceWindow;
import gov.approval.platform.boundary.BusinessException;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A complaint (投诉) and its life: routed to one department with a deadline, answered by it, rated by
 * the complainant, reopened at most once, escalated when the deadline passes. Every transition is
 * checked here and recorded in the timeline.
 */
@Entity
@Table(name = "complaint")
@NamedQuery(
    name = "Complaint.overdue",
    query =
        "SELECT c.id FROM Complaint c WHERE c.status IN :open AND c.dueOn < :day"
            + " AND c.escalationLevel < 2 ORDER BY c.dueOn, c.id")
public class Complaint {

  public static final int TITLE_LENGTH = 128;
  public static final int TEXT_LENGTH = 4000;
  public static final int NAME_LENGTH = 64;
  public static final int PHONE_LENGTH = 20;
  public static final int EMAIL_LENGTH = 128;
  public static final int RULING_REASON_LENGTH = 1000;

  /** Escalation levels: none yet, the department head was told, the supervisors were told. */
  public static final int ESCALATED_TO_HEAD = 1;

  public static final int ESCALATED_TO_SUPERVISOR = 2;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(length = 20, unique = true)
  private String number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private ComplaintChannel channel;

  @Enumerated(EnumType.STRING)
  @Column(name = "subject_kind", nullable = false, length = 8)
  private ComplaintSubject subjectKind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ComplaintStatus status;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "complainant_id")
  private UserAccount complainant;

  @Column(name = "complainant_name", nullable = false, length = NAME_LENGTH)
  private String complainantName;

  @Column(name = "complainant_phone", length = PHONE_LENGTH)
  private String complainantPhone;

  @Column(name = "complainant_email", length = EMAIL_LENGTH)
  private String complainantEmail;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "case_id")
  private ApprovalCase approvalCase;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "window_id")
  private ServiceWindow window;

  @Column(name = "staff_name", length = NAME_LENGTH)
  private String staffName;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "department_id")
  private Department department;

  @Column(nullable = false, length = TITLE_LENGTH)
  private String title;

  @Column(nullable = false, length = TEXT_LENGTH)
  private String body;

  @Column(name = "recorded_by", length = 64)
  private String recordedBy;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Column(length = TEXT_LENGTH)
  private String reply;

  @Column(name = "replied_by", length = 64)
  private String repliedBy;

  @Column(name = "replied_at")
  private Instant repliedAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 12)
  private Rating rating;

  @Column(nullable = false)
  private boolean reopened;

  @Column(name = "escalation_level", nullable = false)
  private int escalationLevel;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private ComplaintRuling ruling;

  @Column(name = "ruling_reason", length = RULING_REASON_LENGTH)
  private String rulingReason;

  /** The staff member the ruling holds responsible (username), if any. */
  @Column(name = "responsible_staff", length = 64)
  private String responsibleStaff;

  @Column(name = "ruled_by", length = 64)
  private String ruledBy;

  @Column(name = "ruled_at")
  private Instant ruledAt;

  @OneToMany(mappedBy = "complaint", cascade = CascadeType.PERSIST)
  @OrderBy("occurredAt, id")
  private List<ComplaintEvent> events = new ArrayList<>();

  protected Complaint() {}

  /** What a complaint is about and where it goes; the boundary resolves the references. */
  public record About(
      ComplaintSubject kind,
      ApprovalCase approvalCase,
      ServiceWindow window,
      String staffName,
      Department department) {

    public About {
      Objects.requireNonNull(kind);
      if (kind == ComplaintSubject.CASE && approvalCase == null) {
        throw new BusinessException("complaints.about.caseMissing");
      }
      if (kind == ComplaintSubject.WINDOW && window == null) {
        throw new BusinessException("complaints.about.windowMissing");
      }
      if (kind == ComplaintSubject.STAFF && (staffName == null || staffName.isBlank())) {
        throw new BusinessException("complaints.about.staffMissing");
      }
      if (kind == ComplaintSubject.STAFF && department == null) {
        throw new BusinessException("complaints.about.departmentMissing");
      }
    }

    /** The responsible department: the case's, the window's, or the one chosen. */
    Department responsible() {
      return switch (kind) {
        case CASE -> approvalCase.getDepartment();
        case WINDOW -> window.getSection().getDepartment();
        case STAFF, GENERAL -> department;
      };
    }
  }

  /** A citizen's complaint filed online, routed at once unless nobody is responsible yet. */
  public static Complaint fileOnline(
      UserAccount citizen, About about, String title, String body, Instant at, LocalDate due) {
    Complaint c = new Complaint(ComplaintChannel.ONLINE, about, title, body, at);
    c.complainant = citizen;
    c.complainantName = citizen.getDisplayName();
    c.complainantPhone = citizen.getMobile();
    c.complainantEmail = citizen.getEmail();
    c.record(at, ComplaintAction.FILED, citizen.getUsername(), null);
    c.routeIfKnown(at, due, citizen.getUsername());
    return c;
  }

  /** A complaint taken on the phone by {@code recorder}; the caller gives a name and a number. */
  public static Complaint recordCall(
      String callerName,
      String callerPhone,
      String callerEmail,
      About about,
      String title,
      String body,
      String recorder,
      Instant at,
      LocalDate due) {
    Complaint c = new Complaint(ComplaintChannel.PHONE, about, title, body, at);
    c.complainantName = required(callerName, "complaints.callerNameMissing");
    c.complainantPhone = required(callerPhone, "complaints.callerPhoneMissing");
    c.complainantEmail = blankToNull(callerEmail);
    c.recordedBy = recorder;
    c.record(at, ComplaintAction.RECORDED, recorder, null);
    if (c.department == null) {
      throw new BusinessException("complaints.about.departmentMissing");
    }
    c.routeIfKnown(at, due, recorder);
    return c;
  }

  private Complaint(ComplaintChannel channel, About about, String title, String body, Instant at) {
    this.channel = channel;
    this.subjectKind = about.kind();
    this.approvalCase = about.approvalCase();
    this.window = about.window();
    this.staffName = blankToNull(about.staffName());
    this.department = about.responsible();
    this.title = required(title, "complaints.titleMissing");
    this.body = required(body, "complaints.bodyMissing");
    this.receivedAt = at;
    this.status = ComplaintStatus.AWAITING_ROUTING;
  }

  private void routeIfKnown(Instant at, LocalDate due, String actor) {
    if (department != null) {
      this.status = ComplaintStatus.OPEN;
      this.dueOn = due;
      record(at, ComplaintAction.ROUTED, actor, department.getName());
    }
  }

  /** The number shown to people, given once the row has its id: TS + day received + id. */
  public void assignNumber(ZoneId zone) {
    if (number == null && id != null) {
      number =
          "TS"
              + DateTimeFormatter.BASIC_ISO_DATE.format(receivedAt.atZone(zone).toLocalDate())
              + String.format("%06d", id % 1_000_000);
    }
  }

  /** Sends the complaint to {@code to}, with a fresh deadline (hall office or recorder). */
  public void routeTo(Department to, LocalDate due, String actor, Instant at) {
    if (!mayBeRouted()) {
      throw new BusinessException("complaints.route.notOpen");
    }
    this.department = Objects.requireNonNull(to);
    this.status = ComplaintStatus.OPEN;
    this.dueOn = due;
    this.escalationLevel = 0;
    record(at, ComplaintAction.ROUTED, actor, to.getName());
  }

  /** The department's answer, which reaches the complainant. */
  public void answer(String text, String actor, Instant at) {
    if (!isAwaitingReply()) {
      throw new BusinessException("complaints.reply.notOpen");
    }
    this.reply = required(text, "complaints.replyMissing");
    this.repliedBy = actor;
    this.repliedAt = at;
    this.status = ComplaintStatus.REPLIED;
    record(at, ComplaintAction.REPLIED, actor, text);
  }

  /** The complainant's verdict on the answer; it closes the complaint. */
  public void rate(Rating verdict, String actor, Instant at) {
    if (status != ComplaintStatus.REPLIED) {
      throw new BusinessException("complaints.rate.notReplied");
    }
    this.rating = Objects.requireNonNull(verdict);
    this.status = ComplaintStatus.CLOSED;
    record(at, ComplaintAction.RATED, actor, verdict.name());
  }

  /**
   * The complainant sends the answer back once: after an answer they have not accepted (not yet
   * rated, or rated unsatisfied). A second reopening is refused.
   */
  public void reopen(String reason, String actor, Instant at, LocalDate due) {
    if (reopened) {
      throw new BusinessException("complaints.reopen.once");
    }
    if (!mayBeReopened()) {
      throw new BusinessException("complaints.reopen.notAllowed");
    }
    this.reopened = true;
    this.status = ComplaintStatus.REOPENED;
    this.rating = null;
    this.dueOn = due;
    this.escalationLevel = 0;
    record(at, ComplaintAction.REOPENED, actor, required(reason, "complaints.reopenReasonMissing"));
  }

  /**
   * Records whether the complaint proved justified, once the department has answered; a later
   * ruling (a supervisor's review) replaces the earlier one, and each stays in the timeline. The
   * month of the latest ruling is the month the evaluation counts it in.
   */
  public void rule(
      ComplaintRuling verdict, String reason, String responsible, String actor, Instant at) {
    if (!mayBeRuled()) {
      throw new BusinessException("complaints.rule.notAnswered");
    }
    if (verdict == null) {
      throw new BusinessException("complaints.rulingMissing");
    }
    this.ruling = verdict;
    this.rulingReason = required(reason, "complaints.rulingReasonMissing");
    this.responsibleStaff = blankToNull(responsible);
    this.ruledBy = actor;
    this.ruledAt = at;
    // The verdict of the latest ruling is on the complaint; the timeline keeps each reason.
    record(at, ComplaintAction.RULED, actor, rulingReason);
  }

  /** A ruling needs the department's answer: replied, or closed by the complainant's rating. */
  public boolean mayBeRuled() {
    return status == ComplaintStatus.REPLIED || status == ComplaintStatus.CLOSED;
  }

  /** Raises the escalation to {@code level} (once per level); returns whether it rose. */
  public boolean escalateTo(int level, Instant at) {
    if (!isAwaitingReply() || level <= escalationLevel) {
      return false;
    }
    this.escalationLevel = level;
    record(at, ComplaintAction.ESCALATED, "system", Integer.toString(level));
    return true;
  }

  public boolean isAwaitingReply() {
    return status == ComplaintStatus.OPEN || status == ComplaintStatus.REOPENED;
  }

  /** Routed (or routed again) only before the department has replied. */
  public boolean mayBeRouted() {
    return status == ComplaintStatus.AWAITING_ROUTING || status == ComplaintStatus.OPEN;
  }

  public boolean mayBeReopened() {
    return !reopened
        && (status == ComplaintStatus.REPLIED
            || (status == ComplaintStatus.CLOSED && rating == Rating.UNSATISFIED));
  }

  public boolean isOwnedBy(String username) {
    return complainant != null && complainant.getUsername().equals(username);
  }

  private void record(Instant at, ComplaintAction action, String actor, String note) {
    events.add(new ComplaintEvent(this, at, action, actor, note));
  }

  private static String required(String value, String key) {
    if (value == null || value.isBlank()) {
      throw new BusinessException(key);
    }
    return value.strip();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getNumber() {
    return number;
  }

  public ComplaintChannel getChannel() {
    return channel;
  }

  public ComplaintSubject getSubjectKind() {
    return subjectKind;
  }

  public ComplaintStatus getStatus() {
    return status;
  }

  public UserAccount getComplainant() {
    return complainant;
  }

  public String getComplainantName() {
    return complainantName;
  }

  public String getComplainantPhone() {
    return complainantPhone;
  }

  public String getComplainantEmail() {
    return complainantEmail;
  }

  public ApprovalCase getApprovalCase() {
    return approvalCase;
  }

  public ServiceWindow getWindow() {
    return window;
  }

  public String getStaffName() {
    return staffName;
  }

  public Department getDepartment() {
    return department;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public String getReply() {
    return reply;
  }

  public String getRepliedBy() {
    return repliedBy;
  }

  public Instant getRepliedAt() {
    return repliedAt;
  }

  public Rating getRating() {
    return rating;
  }

  public boolean isReopened() {
    return reopened;
  }

  public int getEscalationLevel() {
    return escalationLevel;
  }

  public ComplaintRuling getRuling() {
    return ruling;
  }

  public String getRulingReason() {
    return rulingReason;
  }

  public String getResponsibleStaff() {
    return responsibleStaff;
  }

  public String getRuledBy() {
    return ruledBy;
  }

  public Instant getRuledAt() {
    return ruledAt;
  }

  public List<ComplaintEvent> getEvents() {
    return Collections.unmodifiableList(events);
  }
}
