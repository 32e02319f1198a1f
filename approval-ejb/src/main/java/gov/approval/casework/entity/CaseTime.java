package gov.approval.casework.entity;

import gov.approval.calendar.entity.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The moment a transition happens: the instant (for the timeline), the day in the city (for limits)
 * and the working-day calendar to count them with. Boundaries take it from the one clock; tests
 * pass any day they need, so no test waits for a deadline to pass.
 */
public record CaseTime(Instant now, LocalDate today, WorkingCalendar calendar) {

  public CaseTime {
    Objects.requireNonNull(now);
    Objects.requireNonNull(today);
    Objects.requireNonNull(calendar);
  }
}
