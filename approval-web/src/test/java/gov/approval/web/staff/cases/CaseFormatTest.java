package gov.approval.web.staff.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseFormatTest {

  private final CaseFormat format = new CaseFormat();

  @Test
  void anOverdueCaseIsRedAndOneDueWithinTwoWorkingDaysAmber() {
    assertThat(format.daysLeftClass(-1)).contains("days-overdue").doesNotContain("days-soon");
    assertThat(format.daysLeftClass(0)).contains("days-soon");
    assertThat(format.daysLeftClass(2)).contains("days-soon");
    assertThat(format.daysLeftClass(3)).isEqualTo("days-left");
    assertThat(format.daysLeftClass(null)).isEqualTo("days-left");
  }
}
