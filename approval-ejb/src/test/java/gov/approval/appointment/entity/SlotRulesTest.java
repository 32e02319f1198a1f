package gov.approval.appointment.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.approval.calendar.entity.DayKind;
import gov.approval.calendar.entity.SpecialDay;
import gov.approval.calendar.entity.WorkingCalendar;
import gov.approval.platform.boundary.BusinessException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotRulesTest {

  /** 2026-10-01 (Thursday) is National Day; 2026-10-10 (Saturday) a make-up working day. */
  private static final WorkingCalendar CALENDAR =
      WorkingCalendar.of(
          List.of(
              new SpecialDay(LocalDate.of(2026, 10, 1), DayKind.HOLIDAY, "国庆节"),
              new SpecialDay(LocalDate.of(2026, 10, 10), DayKind.WORKDAY, "国庆节调休")));

  @Test
  void theDefaultPeriodsGiveSixHourSlots() {
    List<SlotTime> slots = SlotRules.slotsOf("09:00-12:00,14:00-17:00", 60);
    assertThat(slots).hasSize(6);
    assertThat(slots.get(0)).isEqualTo(new SlotTime(LocalTime.of(9, 0), LocalTime.of(10, 0)));
    assertThat(slots.get(3)).isEqualTo(new SlotTime(LocalTime.of(14, 0), LocalTime.of(15, 0)));
  }

  @Test
  void aRestShorterThanASlotIsDropped() {
    assertThat(SlotRules.slotsOf("09:00-10:45", 30))
        .extracting(SlotTime::start)
        .containsExactly(LocalTime.of(9, 0), LocalTime.of(9, 30), LocalTime.of(10, 0));
  }

  @Test
  void badPlansAreRefusedWithTheirKey() {
    assertThatThrownBy(() -> SlotRules.slotsOf("12:00-09:00", 60))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("appointment.plan.periods");
    assertThatThrownBy(() -> SlotRules.slotsOf("09:00-12:00,11:00-13:00", 60))
        .hasFieldOrPropertyWithValue("messageKey", "appointment.plan.periods");
    assertThatThrownBy(() -> SlotRules.slotsOf("9点到12点", 60))
        .hasFieldOrPropertyWithValue("messageKey", "appointment.plan.periods");
    assertThatThrownBy(() -> SlotRules.slotsOf("09:00-12:00", 5))
        .hasFieldOrPropertyWithValue("messageKey", "appointment.plan.minutes");
    assertThatThrownBy(() -> SlotRules.checkCapacity(0))
        .hasFieldOrPropertyWithValue("messageKey", "appointment.plan.capacity");
  }

  @Test
  void holidaysAreClosedAndMakeUpDaysOpen() {
    LocalDateTime now = LocalDateTime.of(2026, 9, 30, 18, 0);
    assertThat(SlotRules.isBookableDay(LocalDate.of(2026, 10, 1), now, 14, CALENDAR)).isFalse();
    assertThat(SlotRules.isBookableDay(LocalDate.of(2026, 10, 10), now, 14, CALENDAR)).isTrue();
    assertThat(SlotRules.isBookableDay(LocalDate.of(2026, 10, 11), now, 14, CALENDAR)).isFalse();
    assertThat(SlotRules.isBookableDay(LocalDate.of(2026, 9, 29), now, 14, CALENDAR)).isFalse();
    assertThat(SlotRules.isBookableDay(LocalDate.of(2026, 10, 15), now, 14, CALENDAR)).isFalse();
    assertThat(SlotRules.bookableDays(now, 14, CALENDAR))
        .contains(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 10))
        .doesNotContain(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 4));
  }

  @Test
  void aSlotCanBeBookedOnlyBeforeItStarts() {
    LocalDate day = LocalDate.of(2026, 10, 9);
    assertThat(SlotRules.notStarted(day, LocalTime.of(10, 0), day.atTime(9, 59))).isTrue();
    assertThat(SlotRules.notStarted(day, LocalTime.of(10, 0), day.atTime(10, 0))).isFalse();
  }

  @Test
  void theLowestFreeSeatIsTakenAndAFullSlotHasNone() {
    assertThat(SlotRules.freeSeat(List.of(), 3)).hasValue(1);
    assertThat(SlotRules.freeSeat(List.of(1, 3), 3)).hasValue(2);
    assertThat(SlotRules.freeSeat(List.of(1, 2, 3), 3)).isEmpty();
  }
}
