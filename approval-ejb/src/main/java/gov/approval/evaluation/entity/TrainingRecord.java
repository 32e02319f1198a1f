package gov.approval.evaluation.entity;

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
import java.math.BigDecimal;
import java.time.LocalDate;

/** One training a staff member attended (业务培训): course, date, hours and result. */
@Entity
@Table(name = "evaluation_training")
@NamedQuery(
    name = "TrainingRecord.ofStaff",
    query =
        "SELECT t FROM TrainingRecord t WHERE t.staff.id = :staff ORDER BY t.heldOn DESC, t.id DESC")
public class TrainingRecord {

  public static final int COURSE_LENGTH = 128;
  public static final int RESULT_LENGTH = 64;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "staff_id", nullable = false, updatable = false)
  private StaffMember staff;

  @Column(nullable = false, updatable = false, length = COURSE_LENGTH)
  private String course;

  @Column(name = "held_on", nullable = false, updatable = false)
  private LocalDate heldOn;

  @Column(nullable = false, updatable = false, precision = 5, scale = 1)
  private BigDecimal hours;

  @Column(length = RESULT_LENGTH, updatable = false)
  private String result;

  @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
  private String recordedBy;

  protected TrainingRecord() {}

  public TrainingRecord(
      StaffMember staff,
      String course,
      LocalDate heldOn,
      BigDecimal hours,
      String result,
      String recordedBy) {
    if (course == null || course.isBlank() || heldOn == null) {
      throw new BusinessException("evaluation.ticket.textMissing");
    }
    if (hours == null || hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(1000)) >= 0) {
      throw new BusinessException("evaluation.training.hours");
    }
    this.staff = staff;
    this.course = course.strip();
    this.heldOn = heldOn;
    this.hours = hours;
    this.result = result == null || result.isBlank() ? null : result.strip();
    this.recordedBy = recordedBy;
  }

  public Long getId() {
    return id;
  }

  public String getCourse() {
    return course;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public String getResult() {
    return result;
  }
}
