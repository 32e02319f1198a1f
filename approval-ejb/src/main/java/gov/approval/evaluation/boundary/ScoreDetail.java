package gov.approval.evaluation.boundary;

import gov.approval.evaluation.entity.Indicator;
import java.math.BigDecimal;
import java.util.List;

/**
 * A score drilled down: each component with the case numbers, rating ids and complaint numbers
 * behind it.
 */
public record ScoreDetail(ScoreRow score, YearMonthRules rules, List<Component> components) {

  public record YearMonthRules(long ruleVersionId, String validFrom) {}

  public record Component(
      Indicator indicator,
      boolean available,
      BigDecimal raw,
      BigDecimal points,
      int weight,
      List<String> caseNumbers,
      List<Long> ratingIds,
      List<String> complaintNumbers) {}
}
