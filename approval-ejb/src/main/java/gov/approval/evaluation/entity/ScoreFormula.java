package gov.approval.evaluation.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one scoring formula: each indicator of the rule version is normalised to 0–100 points by its
 * declared method, and the total is the weighted mean of the indicators that could be measured
 * (weights of unmeasurable ones drop out, so a department without ratings is neither punished nor
 * rewarded for them). Totals have two decimals, half up.
 */
public final class ScoreFormula {

  private ScoreFormula() {}

  /** A scored indicator: raw value (absent when unmeasurable), points, weight. */
  public record Line(Indicator indicator, BigDecimal raw, BigDecimal points, int weight) {
    public boolean available() {
      return raw != null;
    }
  }

  public record Result(BigDecimal total, List<Line> lines) {}

  public static Result score(List<IndicatorRule> rules, Map<Indicator, Measure> measures) {
    List<Line> lines = new ArrayList<>();
    BigDecimal weighted = BigDecimal.ZERO;
    int weights = 0;
    for (IndicatorRule rule : rules) {
      Measure measure = measures.getOrDefault(rule.getIndicator(), Measure.none());
      if (measure.value().isEmpty()) {
        lines.add(new Line(rule.getIndicator(), null, null, rule.getWeight()));
        continue;
      }
      BigDecimal raw = measure.value().get();
      BigDecimal points = rule.normalise(raw);
      lines.add(new Line(rule.getIndicator(), raw, points, rule.getWeight()));
      weighted = weighted.add(points.multiply(BigDecimal.valueOf(rule.getWeight())));
      weights += rule.getWeight();
    }
    BigDecimal total =
        weights == 0
            ? BigDecimal.ZERO.setScale(2)
            : weighted.divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
    return new Result(total, lines);
  }
}
