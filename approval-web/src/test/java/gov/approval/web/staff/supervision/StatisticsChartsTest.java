package gov.approval.web.staff.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.statistics.boundary.StatisticsRow;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashboard's Chart.js JSON and on-time rate, which the browser draws without checking. */
class StatisticsChartsTest {

  private static StatisticsRow row(String label, long completed, long onTime) {
    return new StatisticsRow("1", label, 10, 9, 1, 0, 0, completed, onTime, 0, null, null, 0, 0, 0);
  }

  @Test
  void chartHasOneLabelPerRowAndNullForMissingValues() {
    String json =
        StatisticsBacking.Charts.of(
            "bar",
            List.of(row("发展\"改革\"委", 4, 3), row("住建局", 0, 0)),
            List.of(StatisticsBacking.Charts.series("按时办结率", StatisticsBacking::onTimeRate)));

    assertThat(json)
        .isEqualTo(
            "{\"type\":\"bar\",\"data\":{\"labels\":[\"发展改革委\",\"住建局\"],"
                + "\"datasets\":[{\"label\":\"按时办结率\",\"data\":[75.0,null]}]},"
                + "\"options\":{\"scales\":{\"y\":{\"beginAtZero\":true}}}}");
  }

  @Test
  void aLimitIsALineBesideTheHandlingDaysBars() {
    String json =
        StatisticsBacking.Charts.of(
            "bar",
            List.of(row("核准", 4, 3)),
            List.of(
                StatisticsBacking.Charts.series("平均", r -> new BigDecimal("3.50")),
                StatisticsBacking.Charts.line("承诺时限", r -> BigDecimal.TEN)));

    assertThat(json)
        .contains("{\"label\":\"平均\",\"data\":[3.50]}")
        .contains("{\"type\":\"line\",\"label\":\"承诺时限\",\"data\":[10]}");
  }

  @Test
  void onTimeRateIsAPercentOfTheCompletedOnes() {
    assertThat(StatisticsBacking.onTimeRate(row("a", 3, 2))).isEqualByComparingTo("66.7");
    assertThat(StatisticsBacking.onTimeRate(row("a", 0, 0))).isNull();
    assertThat(StatisticsBacking.onTimeRate(row("a", 5, 5))).isEqualTo(new BigDecimal("100.0"));
  }
}
