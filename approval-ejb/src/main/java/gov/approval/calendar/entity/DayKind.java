package gov.approval.calendar.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** How a special day differs from the week: a day off on a weekday, or a working weekend day. */
public enum DayKind {
  /** 放假: a holiday or a bridged day off (no counting of working days). */
  HOLIDAY,
  /** 调休上班: a Saturday or Sunday worked in exchange for a bridged day off. */
  WORKDAY;

  /** Whether {@code day} can be of this kind: a make-up working day is a Saturday or Sunday. */
  public boolean fits(LocalDate day) {
    return this != WORKDAY || isWeekend(day);
  }

  public static boolean isWeekend(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
  }
}
