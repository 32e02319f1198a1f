package gov.approval.casework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** An extension of a case's limit (延期): days, reason (told to the applicant) and approver. */
@Embeddable
public class CaseExtension {

  @Column(nullable = false)
  private int days;

  @Column(nullable = false, length = 500)
  private String reason;

  @Column(name = "approved_by", nullable = false, length = CaseEvent.ACTOR_LENGTH)
  private String approvedBy;

  @Column(name = "approved_on", nullable = false)
  private LocalDate approvedOn;

  protected CaseExtension() {}

  CaseExtension(int days, String reason, String approvedBy, LocalDate approvedOn) {
    this.days = days;
    this.reason = reason;
    this.approvedBy = approvedBy;
    this.approvedOn = approvedOn;
  }

  public int getDays() {
    return days;
  }

  public String getReason() {
    return reason;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public LocalDate getApprovedOn() {
    return approvedOn;
  }
}
