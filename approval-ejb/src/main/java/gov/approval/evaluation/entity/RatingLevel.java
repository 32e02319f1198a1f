package gov.approval.evaluation.entity;

/** The five levels of the national good-bad review scheme; the bottom two are bad reviews. */
public enum RatingLevel {
  /** 非常满意. */
  VERY_SATISFIED(5),
  /** 满意. */
  SATISFIED(4),
  /** 基本满意. */
  BASIC(3),
  /** 不满意. */
  DISSATISFIED(2),
  /** 非常不满意. */
  VERY_DISSATISFIED(1);

  private final int points;

  RatingLevel(int points) {
    this.points = points;
  }

  public int points() {
    return points;
  }

  /** A bad review (差评) must be called back and rectified. */
  public boolean isBad() {
    return points <= 2;
  }
}
