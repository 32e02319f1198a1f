package gov.approval.evaluation.entity;

/** Where a rating was given: once per case online, once per visit at a window device. */
public enum RatingChannel {
  ONLINE,
  WINDOW
}
