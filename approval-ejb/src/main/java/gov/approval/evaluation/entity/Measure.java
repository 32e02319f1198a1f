package gov.approval.evaluation.entity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One indicator's raw value for one subject and month, with the cases, ratings and complaints it
 * was computed from; empty when there is nothing to measure (e.g. no completed case), so the
 * indicator is left out of the score rather than counted as zero.
 */
public record Measure(
    Optional<BigDecimal> value, List<Long> caseIds, List<Long> ratingIds, List<Long> complaintIds) {

  public Measure {
    caseIds = List.copyOf(caseIds);
    ratingIds = List.copyOf(ratingIds);
    complaintIds = List.copyOf(complaintIds);
  }

  public static Measure of(BigDecimal value, List<Long> caseIds, List<Long> ratingIds) {
    return new Measure(Optional.of(value), caseIds, ratingIds, List.of());
  }

  /** A count of complaints, with them and the cases they are about as evidence. */
  public static Measure ofComplaints(BigDecimal value, List<Long> caseIds, List<Long> complaints) {
    return new Measure(Optional.of(value), caseIds, List.of(), complaints);
  }

  public static Measure none() {
    return new Measure(Optional.empty(), List.of(), List.of(), List.of());
  }
}
