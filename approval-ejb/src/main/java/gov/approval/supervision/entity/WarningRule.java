package gov.approval.supervision.entity;

import gov.approval.calendar.entity.WorkingCalendar;
import java.time.LocalDate;

/**
 * The one rule that colours a deadline, in working days of the calendar: red after the due day,
 * yellow when the share used or the days left reach the thresholds, otherwise none.
 */
public final class WarningRule {

  private WarningRule() {}

  public static WarningLevel level(
      LocalDate start,
      LocalDate due,
      LocalDate today,
      WorkingCalendar calendar,
      Thresholds thresholds) {
    int left = calendar.workingDaysBetween(today, due);
    if (today.isAfter(due)) {
      return WarningLevel.RED;
    }
    if (left <= thresholds.yellowDaysLeft()) {
      return WarningLevel.YELLOW;
    }
    int total = Math.max(1, calendar.workingDaysBetween(start, due));
    int used = Math.max(0, total - left);
    // Integer arithmetic: 50 % of 10 days is reached after exactly 5 days.
    return used * 100 >= thresholds.yellowSharePercent() * total
        ? WarningLevel.YELLOW
        : WarningLevel.NONE;
  }
}
