package gov.approval.supervision.control;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.supervision.entity.Thresholds;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scan's horizon: how far ahead of its due day a deadline may turn yellow. */
class SupervisionScanTest {

  @Test
  void theHorizonIsTheLargerOfTheDaysLeftAndTheUnusedShareOfTheLongestLimit() {
    // 75 % of 40 days used leaves 10; two days left is less; one day more for the scan itself.
    assertThat(SupervisionScan.horizonDays(List.of(new Thresholds(75, 2)), 40)).isEqualTo(11);
    assertThat(SupervisionScan.horizonDays(List.of(new Thresholds(75, 12)), 40)).isEqualTo(13);
    // Every threshold in use counts: an item with 50 % leaves half of the limit.
    assertThat(
            SupervisionScan.horizonDays(List.of(new Thresholds(75, 2), new Thresholds(50, 1)), 41))
        .isEqualTo(22);
  }
}
