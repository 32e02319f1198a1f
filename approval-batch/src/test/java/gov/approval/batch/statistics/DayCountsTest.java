package gov.approval.batch.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DayCountsTest {

  @Test
  void ninetiethPercentileByNearestRank() {
    assertThat(DayCounts.percentile90(List.of())).isNull();
    assertThat(DayCounts.percentile90(List.of(4))).isEqualTo(4);
    assertThat(DayCounts.percentile90(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))).isEqualTo(9);
    assertThat(DayCounts.percentile90(List.of(10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11))).isEqualTo(10);
  }

  @Test
  void averageToTwoPlaces() {
    DayCounts counts = new DayCounts();
    assertThat(counts.handlingDaysAverage()).isNull();
    counts.handlingDays.addAll(List.of(1, 2, 2));
    assertThat(counts.handlingDaysTotal()).isEqualTo(5);
    assertThat(counts.handlingDaysAverage()).isEqualByComparingTo(new BigDecimal("1.67"));
  }
}
