package gov.approval.calendar.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * A due date with how it came about: the limit, its unit, the days added by extensions and the
 * explanation, in date order, that every page showing the deadline prints next to it.
 */
public record DueDate(
    LocalDate start,
    LocalDate due,
    int limitDays,
    int extensionDays,
    LimitUnit unit,
    List<Explanation> explanation) {

  public DueDate {
    explanation = List.copyOf(explanation);
  }

  /** Working days from {@code today} (exclusive) to the due date (inclusive); negative if past. */
  public int workingDaysLeft(WorkingCalendar calendar, LocalDate today) {
    return calendar.workingDaysBetween(today, due);
  }
}
