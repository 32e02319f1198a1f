package gov.approval.calendar.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.approval.calendar.entity.Explanation.Kind;
import gov.approval.demo.CalendarDemoData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Due dates on the 2026 schedule as the State Council published it, and 2027's statutory days. */
class WorkingCalendarTest {

  private static final WorkingCalendar CALENDAR = calendar(2026, 2027);

  private static WorkingCalendar calendar(int... years) {
    List<SpecialDay> days = new ArrayList<>();
    for (int year : years) {
      days.addAll(CalendarDemoData.schedule(year));
    }
    return WorkingCalendar.of(days);
  }

  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  private static Explanation line(Kind kind, String from, String to, int days, String reason) {
    return new Explanation(kind, date(from), date(to), days, reason);
  }

  private static Explanation start(String day) {
    return line(Kind.START, day, day, 1, null);
  }

  private static Explanation due(String day) {
    return line(Kind.DUE, day, day, 1, null);
  }

  @Nested
  class Days {

    @Test
    void weekdaysWorkWeekendsRestHolidaysRestMakeUpDaysWork() {
      assertThat(CALENDAR.isWorkingDay(date("2026-03-02"))).isTrue();
      assertThat(CALENDAR.isWorkingDay(date("2026-03-07"))).isFalse();
      assertThat(CALENDAR.isWorkingDay(date("2026-02-16"))).isFalse();
      assertThat(CALENDAR.isWorkingDay(date("2026-02-14"))).isTrue();
      assertThat(CALENDAR.isWorkingDay(date("2026-10-10"))).isTrue();
    }

    @Test
    void workingDaysBetweenCountsAfterTheFirstUpToTheLast() {
      assertThat(CALENDAR.workingDaysBetween(date("2026-03-06"), date("2026-03-13"))).isEqualTo(5);
      assertThat(CALENDAR.workingDaysBetween(date("2026-03-13"), date("2026-03-06"))).isEqualTo(-5);
      assertThat(CALENDAR.workingDaysBetween(date("2026-02-13"), date("2026-02-24"))).isEqualTo(2);
    }

    @Test
    void aScheduleIsKnownOnlyForTheYearsRecorded() {
      assertThat(CALENDAR.hasSchedule(2026)).isTrue();
      assertThat(CALENDAR.hasSchedule(2028)).isFalse();
    }
  }

  @Nested
  class WorkingDayLimits {

    @Test
    void theStartDayIsNotCountedAndWeekendsAreSkipped() {
      DueDate due = CALENDAR.due(date("2026-03-06"), 5, LimitUnit.WORKING_DAYS);

      assertThat(due.due()).isEqualTo(date("2026-03-13"));
      assertThat(due.explanation())
          .containsExactly(
              start("2026-03-06"),
              line(Kind.WEEKEND, "2026-03-07", "2026-03-08", 2, null),
              due("2026-03-13"));
    }

    @Test
    void theSpringFestivalIsSkippedAndItsMakeUpSaturdayCounts() {
      DueDate due = CALENDAR.due(date("2026-02-12"), 5, LimitUnit.WORKING_DAYS);

      assertThat(due.due()).isEqualTo(date("2026-02-26"));
      assertThat(due.explanation())
          .containsExactly(
              start("2026-02-12"),
              line(Kind.MAKEUP_WORKDAY, "2026-02-14", "2026-02-14", 1, "春节调休"),
              line(Kind.HOLIDAY, "2026-02-15", "2026-02-23", 9, "春节"),
              due("2026-02-26"));
    }

    @Test
    void aLimitRunsAcrossTheYearEndIntoNextYearsHolidays() {
      DueDate due = CALENDAR.due(date("2026-12-30"), 3, LimitUnit.WORKING_DAYS);

      assertThat(due.due()).isEqualTo(date("2027-01-05"));
      assertThat(due.explanation())
          .contains(line(Kind.HOLIDAY, "2027-01-01", "2027-01-01", 1, "元旦"))
          .contains(line(Kind.WEEKEND, "2027-01-02", "2027-01-03", 2, null))
          .noneMatch(line -> line.kind() == Kind.NO_SCHEDULE);
    }

    @Test
    void aYearWithoutScheduleIsCountedByWeekendsAndSaysSo() {
      DueDate due = calendar(2026).due(date("2026-12-30"), 3, LimitUnit.WORKING_DAYS);

      assertThat(due.due()).isEqualTo(date("2027-01-04"));
      assertThat(due.explanation().get(0))
          .isEqualTo(new Explanation(Kind.NO_SCHEDULE, null, null, 0, "2027"));
    }

    @Test
    void anImmediateItemIsDueOnItsStartDay() {
      DueDate due = CALENDAR.due(date("2026-02-15"), 0, LimitUnit.WORKING_DAYS);

      assertThat(due.due()).isEqualTo(date("2026-02-15"));
      assertThat(due.explanation()).containsExactly(start("2026-02-15"), due("2026-02-15"));
    }

    @Test
    void aSuspensionStopsTheClockForEveryDayItCovers() {
      Suspension expertReview =
          new Suspension(date("2026-03-04"), date("2026-03-10"), "专家评审", false);

      DueDate due =
          CALENDAR.due(
              date("2026-03-02"), 5, LimitUnit.WORKING_DAYS, List.of(expertReview), List.of());

      assertThat(due.due()).isEqualTo(date("2026-03-16"));
      assertThat(due.explanation())
          .contains(line(Kind.SUSPENDED, "2026-03-04", "2026-03-10", 7, "专家评审"))
          .contains(line(Kind.WEEKEND, "2026-03-14", "2026-03-15", 2, null));
    }

    @Test
    void anOngoingSuspensionIsMarkedAsSuch() {
      Suspension hearing = new Suspension(date("2026-03-03"), date("2026-03-05"), "听证", true);

      DueDate due =
          CALENDAR.due(date("2026-03-02"), 1, LimitUnit.WORKING_DAYS, List.of(hearing), List.of());

      assertThat(due.due()).isEqualTo(date("2026-03-06"));
      assertThat(due.explanation())
          .contains(line(Kind.SUSPENDED_ONGOING, "2026-03-03", "2026-03-05", 3, "听证"));
    }

    @Test
    void anExtensionAddsItsDaysAndItsReason() {
      DueDate due =
          CALENDAR.due(
              date("2026-03-02"),
              5,
              LimitUnit.WORKING_DAYS,
              List.of(),
              List.of(new Extension(10, "情况复杂，经负责人批准延长")));

      assertThat(due.due()).isEqualTo(date("2026-03-23"));
      assertThat(due.extensionDays()).isEqualTo(10);
      assertThat(due.explanation())
          .contains(new Explanation(Kind.EXTENDED, null, null, 10, "情况复杂，经负责人批准延长"))
          .endsWith(due("2026-03-23"));
    }

    @Test
    void negativeLimitsAndEmptyExtensionsAreRefused() {
      assertThatThrownBy(() -> CALENDAR.due(date("2026-03-02"), -1, LimitUnit.WORKING_DAYS))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new Extension(0, "无")).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new Suspension(date("2026-03-05"), date("2026-03-04"), "x", false))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCalendarOfNothingButHolidaysHasNoDueDate() {
      List<SpecialDay> off =
          date("2026-01-01")
              .datesUntil(date("2030-01-01"))
              .map(d -> new SpecialDay(d, DayKind.HOLIDAY, "停"))
              .toList();

      assertThatThrownBy(
              () -> WorkingCalendar.of(off).due(date("2026-01-01"), 1, LimitUnit.WORKING_DAYS))
          .isInstanceOf(IllegalStateException.class);
    }
  }

  @Nested
  class NaturalDayLimits {

    @Test
    void naturalDaysCountEveryDayButEndOnAWorkingDay() {
      DueDate due = CALENDAR.due(date("2026-09-26"), 5, LimitUnit.NATURAL_DAYS);

      assertThat(due.due()).isEqualTo(date("2026-10-08"));
      assertThat(due.explanation())
          .containsExactly(
              start("2026-09-26"),
              line(Kind.MOVED_TO_WORKING_DAY, "2026-10-01", "2026-10-07", 7, "国庆节"),
              due("2026-10-08"));
    }

    @Test
    void naturalDaysSkipSuspensions() {
      Suspension notice = new Suspension(date("2026-03-03"), date("2026-03-04"), "公示", false);

      DueDate due =
          CALENDAR.due(date("2026-03-02"), 3, LimitUnit.NATURAL_DAYS, List.of(notice), List.of());

      assertThat(due.due()).isEqualTo(date("2026-03-09"));
    }
  }
}
