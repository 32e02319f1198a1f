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
    // One number per pair whose hash differs for every pair of days in this century: the pair
    // packed into a long's halves hashed to from ^ to, so nearby pairs crowded a few buckets.
    long pair = from.toEpochDay() * 100_003L + to.toEpochDay();
    return byPair.computeIfAbsent(pair, p -> calendar.workingDaysBetween(from, to));
  }
}
