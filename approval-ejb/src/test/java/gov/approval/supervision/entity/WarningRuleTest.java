package gov.approval.supervision.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.approval.calendar.entity.DayKind;
import gov.approval.calendar.entity.SpecialDay;
import gov.approval.calendar.entity.WorkingCalendar;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The yellow and red thresholds, counted in working days of the calendar. */
class WarningRuleTest {

  // Monday 2026-03-02 to Friday 2026-03-13: ten working days after the start.
  private static final LocalDate START = LocalDate.of(2026, 3, 2);
  private static final LocalDate DUE = LocalDate.of(2026, 3, 16);
  private static final WorkingCalendar PLAIN = WorkingCalendar.of(List.of());

  private static WarningLevel on(LocalDate today, Thresholds t) {
    return WarningRule.level(START, DUE, today, PLAIN, t);
  }

  @Test
  void noWarningWhileLessThanTheShareIsUsedAndEnoughDaysRemain() {
    Thresholds t = new Thresholds(75, 2);
    assertThat(on(START, t)).isEqualTo(WarningLevel.NONE);
    assertThat(on(LocalDate.of(2026, 3, 10), t)).as("6 of 10 used").isEqualTo(WarningLevel.NONE);
  }

  @Test
  void yellowOnceTheShareIsUsed() {
    Thresholds t = new Thresholds(50, 0);
    assertThat(on(LocalDate.of(2026, 3, 6), t)).as("4 of 10 used").isEqualTo(WarningLevel.NONE);
    assertThat(on(LocalDate.of(2026, 3, 9), t)).as("5 of 10 used").isEqualTo(WarningLevel.YELLOW);
  }

  @Test
  void yellowWhenFewWorkingDaysRemainWhateverTheShare() {
    Thresholds t = new Thresholds(100, 3);
    assertThat(on(LocalDate.of(2026, 3, 10), t)).as("4 left").isEqualTo(WarningLevel.NONE);
    assertThat(on(LocalDate.of(2026, 3, 11), t)).as("3 left").isEqualTo(WarningLevel.YELLOW);
  }

  @Test
  void redAfterTheDueDayAndNotOnIt() {
    Thresholds t = new Thresholds(75, 2);
    assertThat(on(DUE, t)).isEqualTo(WarningLevel.YELLOW);
    assertThat(on(DUE.plusDays(1), t)).isEqualTo(WarningLevel.RED);
  }

  @Test
  void holidaysDoNotCountAsDaysLeft() {
    // 11-13 March off: on the 10th only the 16th remains (one working day left).
    WorkingCalendar calendar =
        WorkingCalendar.of(
            List.of(
                new SpecialDay(LocalDate.of(2026, 3, 11), DayKind.HOLIDAY, "假"),
                new SpecialDay(LocalDate.of(2026, 3, 12), DayKind.HOLIDAY, "假"),
                new SpecialDay(LocalDate.of(2026, 3, 13), DayKind.HOLIDAY, "假")));
    Thresholds t = new Thresholds(100, 1);
    assertThat(WarningRule.level(START, DUE, LocalDate.of(2026, 3, 10), calendar, t))
        .isEqualTo(WarningLevel.YELLOW);
    assertThat(WarningRule.level(START, DUE, LocalDate.of(2026, 3, 10), PLAIN, t))
        .isEqualTo(WarningLevel.NONE);
  }

  @Test
  void thresholdsOutOfRangeAreRefused() {
    assertThatThrownBy(() -> new Thresholds(0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Thresholds(101, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Thresholds(50, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theChainGoesHandlerChiefHeadSupervisorAndStops() {
    assertThat(Escalation.HANDLER.next()).contains(Escalation.CHIEF);
    assertThat(Escalation.CHIEF.next()).contains(Escalation.HEAD);
    assertThat(Escalation.HEAD.next()).contains(Escalation.SUPERVISOR);
    assertThat(Escalation.SUPERVISOR.next()).isEmpty();
  }
}
