package gov.approval.evaluation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A case, a rating or a complaint behind one indicator of a score: what a ranking drills down to.
 */
@Embeddable
public class ScoreEvidence {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Indicator indicator;

  @Column(name = "case_id")
  private Long caseId;

  @Column(name = "rating_id")
  private Long ratingId;

  @Column(name = "complaint_id")
  private Long complaintId;

  protected ScoreEvidence() {}

  ScoreEvidence(Indicator indicator, Long caseId, Long ratingId, Long complaintId) {
    this.indicator = indicator;
    this.caseId = caseId;
    this.ratingId = ratingId;
    this.complaintId = complaintId;
  }

  public Indicator getIndicator() {
    return indicator;
  }

  public Long getCaseId() {
    return caseId;
  }

  public Long getRatingId() {
    return ratingId;
  }

  public Long getComplaintId() {
    return complaintId;
  }
}
