package gov.approval.evaluation.entity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One indicator's raw value for one subject and month, with the cases and ratings it was computed
 * from; empty when there is nothing to measure (e.g. no completed case), so the indicator is left
 * out of the score rather than counted as zero.
 */
public record Measure(Optional<BigDecimal> value, List<Long> caseIds, List<Long> ratingIds) {

  public Measure {
    caseIds = List.copyOf(caseIds);
    ratingIds = List.copyOf(ratingIds);
  }

  public static Measure of(BigDecimal value, List<Long> caseIds, List<Long> ratingIds) {
    return new Measure(Optional.of(value), caseIds, ratingIds);
  }

  public static Measure none() {
    return new Measure(Optional.empty(), List.of(), List.of());
  }
}
