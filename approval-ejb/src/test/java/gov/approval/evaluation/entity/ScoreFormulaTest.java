package gov.approval.evaluation.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.approval.platform.boundary.BusinessException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The scoring formula against a month computed by hand. Rules: on-time rate weight 40 (linear 80 →
 * 100 %), satisfaction weight 30 (linear 1 → 5), bad reviews per 100 cases weight 30 (linear 10 →
 * 0, fewer is better). Month: 10 cases, 9 on time; ratings 5, 4, 4, 2 (mean 3.75, one bad).
 */
class ScoreFormulaTest {

  static List<IndicatorRule> rules() {
    return List.of(
        new IndicatorRule(Indicator.ON_TIME_RATE, 40, Normalisation.LINEAR, dec("80"), dec("100")),
        new IndicatorRule(Indicator.SATISFACTION, 30, Normalisation.LINEAR, dec("1"), dec("5")),
        new IndicatorRule(
            Indicator.BAD_REVIEWS_PER_100, 30, Normalisation.LINEAR, dec("10"), dec("0")));
  }

  @Test
  void aMonthScoresAsComputedByHand() {
    ScoreFormula.Result result =
        ScoreFormula.score(
            rules(),
            Map.of(
                Indicator.ON_TIME_RATE, Measure.of(dec("90"), List.of(1L), List.of()),
                Indicator.SATISFACTION, Measure.of(dec("3.75"), List.of(), List.of(7L)),
                Indicator.BAD_REVIEWS_PER_100, Measure.of(dec("10"), List.of(), List.of(7L))));

    // on time: (90 - 80) / 20 = 50.00; satisfaction: (3.75 - 1) / 4 = 68.75;
    // bad reviews: (10 - 10) / -10 = 0.00; total (40·50 + 30·68.75 + 30·0) / 100 = 40.625 → 40.63
    assertThat(result.lines())
        .extracting(ScoreFormula.Line::points)
        .containsExactly(dec("50.00"), dec("68.75"), dec("0.00"));
    assertThat(result.total()).isEqualByComparingTo("40.63");
  }

  @Test
  void valuesBeyondBestOrWorstAreClampedAndFewerIsBetterWorks() {
    IndicatorRule bad = rules().get(2);
    assertThat(bad.normalise(dec("2.5"))).isEqualByComparingTo("75.00");
    assertThat(bad.normalise(dec("25"))).isEqualByComparingTo("0.00");
    assertThat(rules().get(0).normalise(dec("100"))).isEqualByComparingTo("100.00");
    assertThat(rules().get(0).normalise(dec("50"))).isEqualByComparingTo("0.00");
  }

  @Test
  void anUnmeasurableIndicatorDropsOutWithItsWeight() {
    // No ratings: only on-time (95 % → 75.00) and bad reviews (0 per 100 → 100.00) count,
    // (40·75 + 30·100) / 70 = 85.714… → 85.71
    ScoreFormula.Result result =
        ScoreFormula.score(
            rules(),
            Map.of(
                Indicator.ON_TIME_RATE, Measure.of(dec("95"), List.of(), List.of()),
                Indicator.BAD_REVIEWS_PER_100, Measure.of(dec("0"), List.of(), List.of())));
    assertThat(result.total()).isEqualByComparingTo("85.71");
    assertThat(result.lines().get(1).available()).isFalse();
  }

  @Test
  void aRuleVersionRefusesRepeatedUnweightedFlatOrUnsourcedIndicators() {
    var measurable = EnumSet.of(Indicator.ON_TIME_RATE, Indicator.SATISFACTION);
    var month = YearMonth.of(2026, 1);
    var now = Instant.parse("2026-01-01T00:00:00Z");
    IndicatorRule onTime = rules().get(0);
    assertThatThrownBy(
            () -> new RuleVersion(month, null, List.of(onTime, onTime), measurable, "a", now))
        .isInstanceOf(BusinessException.class)
        .hasMessage("evaluation.rules.repeated");
    assertThatThrownBy(
            () ->
                new RuleVersion(
                    month,
                    null,
                    List.of(
                        new IndicatorRule(
                            Indicator.SATISFACTION, 0, Normalisation.LINEAR, dec("1"), dec("5"))),
                    measurable,
                    "a",
                    now))
        .hasMessage("evaluation.rules.weight");
    assertThatThrownBy(
            () ->
                new RuleVersion(
                    month,
                    null,
                    List.of(
                        new IndicatorRule(
                            Indicator.SATISFACTION, 1, Normalisation.LINEAR, dec("3"), dec("3"))),
                    measurable,
                    "a",
                    now))
        .hasMessage("evaluation.rules.flat");
    assertThatThrownBy(() -> new RuleVersion(month, null, rules(), measurable, "a", now))
        .hasMessage("evaluation.rules.noSource");
    assertThat(new RuleVersion(month, "v1", List.of(onTime), measurable, "a", now).getValidFrom())
        .isEqualTo(month.atDay(1));
  }

  @Test
  void bottomTwoLevelsAreBadReviews() {
    assertThat(EnumSet.allOf(RatingLevel.class).stream().filter(RatingLevel::isBad))
        .containsExactlyInAnyOrder(RatingLevel.DISSATISFIED, RatingLevel.VERY_DISSATISFIED);
  }

  private static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }
}
