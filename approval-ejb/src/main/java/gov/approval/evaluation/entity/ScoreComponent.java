package gov.approval.evaluation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** One indicator's part of a stored score, as computed (kept even if the rules change later). */
@Embeddable
public class ScoreComponent {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Indicator indicator;

  @Column(nullable = false)
  private boolean available;

  @Column(name = "raw_value", precision = 12, scale = 4)
  private BigDecimal raw;

  @Column(precision = 7, scale = 2)
  private BigDecimal normalised;

  @Column(nullable = false)
  private int weight;

  protected ScoreComponent() {}

  ScoreComponent(ScoreFormula.Line line) {
    this.indicator = line.indicator();
    this.available = line.available();
    this.raw = line.raw();
    this.normalised = line.points();
    this.weight = line.weight();
  }

  public Indicator getIndicator() {
    return indicator;
  }

  public boolean isAvailable() {
    return available;
  }

  public BigDecimal getRaw() {
    return raw;
  }

  public BigDecimal getNormalised() {
    return normalised;
  }

  public int getWeight() {
    return weight;
  }
}
