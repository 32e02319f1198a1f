package gov.approval.evaluation.entity;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The admonitory interview (约谈) of a department that ranked in the month's bottom three: problems
 * pre-filled from its score's evidence, the corrections required with a deadline, and follow-up
 * notes until the assessment office closes it. Repeated bottom-three months are counted so that
 * pages can highlight them.
 */
@Entity
@Table(name = "evaluation_interview")
@NamedQuery(
    name = "Interview.ofMonthAndDepartment",
    query =
        "SELECT i FROM Interview i WHERE i.monthStart = :monthStart"
            + " AND i.department.id = :department")
@NamedQuery(
    name = "Interview.list",
    query =
        "SELECT i FROM Interview i JOIN FETCH i.department"
            + " ORDER BY i.status DESC, i.monthStart DESC, i.position")
public class Interview {

  public static final int PROBLEMS_LENGTH = 4000;
  public static final int TEXT_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "month_start", nullable = false, updatable = false)
  private LocalDate monthStart;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "department_id", nullable = false, updatable = false)
  private Department department;

  @Column(name = "score_total", nullable = false, updatable = false, precision = 7, scale = 2)
  private BigDecimal total;

  /** 1 = the lowest of the month. */
  @Column(name = "ranking_position", nullable = false, updatable = false)
  private int position;

  /** How many months in a row, this one included, the department was in the bottom three. */
  @Column(name = "repeated_months", nullable = false, updatable = false)
  private int repeatedMonths;

  @Column(name = "interview_on")
  private LocalDate interviewOn;

  @Column(length = 500)
  private String attendees;

  @Column(nullable = false, length = PROBLEMS_LENGTH)
  private String problems;

  @Column(length = TEXT_LENGTH)
  private String corrections;

  @Column(name = "correction_due_on", nullable = false)
  private LocalDate correctionDueOn;

  @Column(name = "follow_up", length = PROBLEMS_LENGTH)
  private String followUp;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private InterviewStatus status;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "closed_by", length = 64)
  private String closedBy;

  protected Interview() {}

  public Interview(
      YearMonth month,
      Department department,
      BigDecimal total,
      int position,
      int repeatedMonths,
      String problems,
      LocalDate correctionDueOn,
      Instant now) {
    this.monthStart = month.atDay(1);
    this.department = department;
    this.total = total;
    this.position = position;
    this.repeatedMonths = repeatedMonths;
    this.problems = cut(problems, PROBLEMS_LENGTH);
    this.correctionDueOn = correctionDueOn;
    this.status = InterviewStatus.OPEN;
    this.createdAt = now;
  }

  /** Records the interview's date, attendees and required corrections. */
  public void record(LocalDate on, String attendeeNames, String requiredCorrections) {
    requireOpen();
    this.interviewOn = on;
    this.attendees = attendeeNames == null ? null : cut(attendeeNames.strip(), 500);
    this.corrections =
        requiredCorrections == null ? null : cut(requiredCorrections.strip(), TEXT_LENGTH);
  }

  /** Adds a dated follow-up note. */
  public void followUp(String note, String username, LocalDate today) {
    requireOpen();
    if (note == null || note.isBlank()) {
      throw new BusinessException("evaluation.ticket.textMissing");
    }
    String line = today + " " + username + "：" + note.strip();
    followUp = cut(followUp == null ? line : followUp + "\n" + line, PROBLEMS_LENGTH);
  }

  public void close(String username, Instant now) {
    requireOpen();
    status = InterviewStatus.CLOSED;
    closedBy = username;
    closedAt = now;
  }

  private void requireOpen() {
    if (status != InterviewStatus.OPEN) {
      throw new BusinessException("evaluation.interview.closed");
    }
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public YearMonth getMonth() {
    return YearMonth.from(monthStart);
  }

  public Department getDepartment() {
    return department;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public int getPosition() {
    return position;
  }

  public int getRepeatedMonths() {
    return repeatedMonths;
  }

  public LocalDate getInterviewOn() {
    return interviewOn;
  }

  public String getAttendees() {
    return attendees;
  }

  public String getProblems() {
    return problems;
  }

  public String getCorrections() {
    return corrections;
  }

  public LocalDate getCorrectionDueOn() {
    return correctionDueOn;
  }

  public String getFollowUp() {
    return followUp;
  }

  public InterviewStatus getStatus() {
    return status;
  }
}
