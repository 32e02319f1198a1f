package gov.approval.evaluation.entity;

import gov.approval.casework.entity.ApprovalCase;
import gov.approval.casework.entity.CaseStatus;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One citizen's rating (好差评) of a completed case, online or at a window. A rating is never deleted:
 * an upheld appeal only excludes it from scoring, so the history stays complete.
 */
@Entity
@Table(name = "evaluation_rating")
@NamedQuery(
    name = "Rating.forCase",
    query = "SELECT r FROM Rating r WHERE r.approvalCase.id = :caseId ORDER BY r.ratedAt")
@NamedQuery(
    name = "Rating.onlineForCase",
    query = "SELECT r FROM Rating r WHERE r.onlineCaseId = :caseId")
public class Rating {

  public static final int COMMENT_LENGTH = 500;

  /** Ratings are given after the result is issued (办结) or delivered (送达). */
  static final Set<CaseStatus> RATEABLE = Set.of(CaseStatus.COMPLETED, CaseStatus.DELIVERED);

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

  /** The staff member answerable for the service rated, when one is known. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "staff_id", updatable = false)
  private StaffMember staff;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 8)
  private RatingChannel channel;

  @Column(name = "online_case_id", updatable = false)
  private Long onlineCaseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 24)
  private RatingLevel level;

  @Column(name = "comment_text", length = COMMENT_LENGTH, updatable = false)
  private String comment;

  @Column(length = 200, updatable = false)
  private String tags;

  @Column(name = "rated_by", length = 64, updatable = false)
  private String ratedBy;

  @Column(name = "rated_at", nullable = false, updatable = false)
  private Instant ratedAt;

  @Column(name = "rated_on", nullable = false, updatable = false)
  private LocalDate ratedOn;

  /** Set when an appeal against it is upheld: it no longer counts in any score. */
  @Column(nullable = false)
  private boolean excluded;

  protected Rating() {}

  private Rating(
      ApprovalCase c,
      StaffMember staff,
      RatingChannel channel,
      RatingLevel level,
      String comment,
      Set<RatingTag> tags,
      String ratedBy,
      Instant now,
      LocalDate today) {
    if (!RATEABLE.contains(c.getStatus())) {
      throw new BusinessException("evaluation.rating.notCompleted", c.getNumber());
    }
    if (level == null) {
      throw new BusinessException("evaluation.rating.levelMissing");
    }
    this.approvalCase = c;
    this.department = c.getDepartment();
    this.staff = staff;
    this.channel = channel;
    this.onlineCaseId = channel == RatingChannel.ONLINE ? c.getId() : null;
    this.level = level;
    this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    this.tags =
        tags == null || tags.isEmpty()
            ? null
            : EnumSet.copyOf(tags).stream().map(Enum::name).collect(Collectors.joining(","));
    this.ratedBy = ratedBy;
    this.ratedAt = now;
    this.ratedOn = today;
  }

  /** The applicant's one online rating of their case. */
  public static Rating online(
      ApprovalCase c,
      StaffMember responsible,
      RatingLevel level,
      String comment,
      Set<RatingTag> tags,
      String username,
      Instant now,
      LocalDate today) {
    return new Rating(
        c, responsible, RatingChannel.ONLINE, level, comment, tags, username, now, today);
  }

  /** A rating tapped on a window device for the visit a clerk started. */
  public static Rating atWindow(
      ApprovalCase c,
      StaffMember clerk,
      RatingLevel level,
      String comment,
      Set<RatingTag> tags,
      Instant now,
      LocalDate today) {
    return new Rating(c, clerk, RatingChannel.WINDOW, level, comment, tags, null, now, today);
  }

  public boolean isBad() {
    return level.isBad();
  }

  void exclude() {
    excluded = true;
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

  public StaffMember getStaff() {
    return staff;
  }

  public RatingChannel getChannel() {
    return channel;
  }

  public RatingLevel getLevel() {
    return level;
  }

  public String getComment() {
    return comment;
  }

  public Set<RatingTag> getTags() {
    if (tags == null) {
      return Set.of();
    }
    return Arrays.stream(tags.split(","))
        .map(RatingTag::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(RatingTag.class)));
  }

  public String getRatedBy() {
    return ratedBy;
  }

  public Instant getRatedAt() {
    return ratedAt;
  }

  public LocalDate getRatedOn() {
    return ratedOn;
  }

  public boolean isExcluded() {
    return excluded;
  }
}
