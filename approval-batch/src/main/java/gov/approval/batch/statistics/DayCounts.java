package gov.approval.batch.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The counters of one day and key while a day is computed; turned into a row at the end. */
final class DayCounts {

  int received;
  int accepted;
  int refused;
  int corrected;
  int deficiencyAccepted;
  int completed;
  int completedOnTime;
  int overdue;
  int ratings;
  int complaints;
  int warnings;
  final List<Integer> handlingDays = new ArrayList<>();

  int handlingDaysTotal() {
    return handlingDays.stream().mapToInt(Integer::intValue).sum();
  }

  BigDecimal handlingDaysAverage() {
    if (handlingDays.isEmpty()) {
      return null;
    }
    return BigDecimal.valueOf(handlingDaysTotal())
        .divide(BigDecimal.valueOf(handlingDays.size()), 2, RoundingMode.HALF_UP);
  }

  /** The 90th percentile by the nearest-rank method: the smallest value ≥ 90 % of the values. */
  Integer handlingDaysP90() {
    return percentile90(handlingDays);
  }

  static Integer percentile90(List<Integer> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Integer> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(0.9 * sorted.size());
    return sorted.get(Math.max(rank, 1) - 1);
  }
}
