package gov.approval.supervision.entity;

/**
 * When a case or step turns yellow: once {@code yellowSharePercent} of its working days are used,
 * or when {@code yellowDaysLeft} working days or fewer remain; red once it is overdue.
 */
public record Thresholds(int yellowSharePercent, int yellowDaysLeft) {

  public Thresholds {
    if (yellowSharePercent < 1 || yellowSharePercent > 100 || yellowDaysLeft < 0) {
      throw new IllegalArgumentException(
          "thresholds out of range: " + yellowSharePercent + "%, " + yellowDaysLeft + " days");
    }
  }
}
