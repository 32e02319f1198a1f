package gov.approval.evaluation.entity;

/** What a rating is about, chosen by the citizen. */
public enum RatingTag {
  EFFICIENCY,
  ATTITUDE,
  GUIDE_ACCURACY,
  CONVENIENCE
}
