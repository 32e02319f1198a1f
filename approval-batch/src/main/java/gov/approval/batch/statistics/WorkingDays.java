package gov.approval.batch.statistics;

import gov.approval.calendar.entity.WorkingCalendar;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The working-day calendar's count of working days between two days, remembered: a month of
 * completions asks for the same few thousand pairs of acceptance and completion day over and over,
 * and the calendar walks every day between them each time.
 */
final class WorkingDays {

  private final WorkingCalendar calendar;
  private final Map<Long, Integer> byPair = new HashMap<>();

  WorkingDays(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  /**
   * {@link WorkingCalendar#workingDaysBetween}: working days after {@code from} up to {@code to}.
   */
  int between(LocalDate from, LocalDate to) {
    // Epoch days fit in 32 bits for any date the platform holds.
    long pair = (from.toEpochDay() << 32) | (to.toEpochDay() & 0xFFFF_FFFFL);
    return byPair.computeIfAbsent(pair, p -> calendar.workingDaysBetween(from, to));
  }
}
