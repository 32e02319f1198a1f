package gov.approval.evaluation.control;

import gov.approval.evaluation.entity.RatingLevel;

/** A rating that counts in a score: its id and level. */
public record CountedRating(long ratingId, RatingLevel level) {}
