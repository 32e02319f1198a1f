package gov.approval.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BenchmarkCaseDaysTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

  @Test
  void casesAreReceivedOldestFirstOverTheTwoYearsBeforeToday() {
    int count = 1_000_000;
    assertThat(BenchmarkCaseWriter.dayOf(0, count, TODAY)).isEqualTo(TODAY.minusDays(730));
    assertThat(BenchmarkCaseWriter.dayOf(count - 1, count, TODAY)).isEqualTo(TODAY.minusDays(1));
    LocalDate previous = BenchmarkCaseWriter.dayOf(0, count, TODAY);
    for (int ordinal = 1; ordinal < count; ordinal += 997) {
      LocalDate day = BenchmarkCaseWriter.dayOf(ordinal, count, TODAY);
      assertThat(day).as("case %d", ordinal).isAfterOrEqualTo(previous);
      previous = day;
    }
  }

  @Test
  void everyDayGetsItsShareOfAFewCases() {
    // Ten cases over 730 days: spread out, not bunched at either end.
    assertThat(BenchmarkCaseWriter.dayOf(5, 10, TODAY)).isEqualTo(TODAY.minusDays(365));
  }
}
