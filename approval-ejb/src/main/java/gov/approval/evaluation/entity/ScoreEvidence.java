package gov.approval.evaluation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A case or a rating behind one indicator of a score: what a ranking drills down to. */
@Embeddable
public class ScoreEvidence {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Indicator indicator;

  @Column(name = "case_id")
  private Long caseId;

  @Column(name = "rating_id")
  private Long ratingId;

  protected ScoreEvidence() {}

  ScoreEvidence(Indicator indicator, Long caseId, Long ratingId) {
    this.indicator = indicator;
    this.caseId = caseId;
    this.ratingId = ratingId;
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
}
