package gov.approval.evaluation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** One indicator of a rule version: its weight and how its raw value is normalised. */
@Embeddable
public class IndicatorRule {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Indicator indicator;

  @Column(nullable = false)
  private int weight;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Normalisation method;

  @Column(name = "worst_value", nullable = false, precision = 12, scale = 4)
  private BigDecimal worst;

  @Column(name = "best_value", nullable = false, precision = 12, scale = 4)
  private BigDecimal best;

  protected IndicatorRule() {}

  public IndicatorRule(
      Indicator indicator, int weight, Normalisation method, BigDecimal worst, BigDecimal best) {
    this.indicator = Objects.requireNonNull(indicator);
    this.weight = weight;
    this.method = Objects.requireNonNull(method);
    this.worst = Objects.requireNonNull(worst);
    this.best = Objects.requireNonNull(best);
  }

  /** The raw value as 0–100 points, two decimals, half up. */
  public BigDecimal normalise(BigDecimal raw) {
    BigDecimal span = best.subtract(worst);
    BigDecimal share = raw.subtract(worst).divide(span, 10, RoundingMode.HALF_UP);
    if (share.signum() < 0) {
      share = BigDecimal.ZERO;
    } else if (share.compareTo(BigDecimal.ONE) > 0) {
      share = BigDecimal.ONE;
    }
    return share.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP);
  }

  public Indicator getIndicator() {
    return indicator;
  }

  public int getWeight() {
    return weight;
  }

  public Normalisation getMethod() {
    return method;
  }

  public BigDecimal getWorst() {
    return worst;
  }

  public BigDecimal getBest() {
    return best;
  }
}
