package gov.approval.evaluation.boundary;

import gov.approval.evaluation.entity.Indicator;
import gov.approval.evaluation.entity.IndicatorRule;
import gov.approval.evaluation.entity.Normalisation;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** One indicator line of a rule version, as the admin screen edits and shows it. */
public record IndicatorLine(
    @NotNull Indicator indicator,
    int weight,
    @NotNull Normalisation method,
    @NotNull BigDecimal worst,
    @NotNull BigDecimal best) {

  IndicatorRule toRule() {
    return new IndicatorRule(indicator, weight, method, worst, best);
  }

  static IndicatorLine of(IndicatorRule r) {
    return new IndicatorLine(
        r.getIndicator(), r.getWeight(), r.getMethod(), r.getWorst(), r.getBest());
  }
}
