package gov.approval.casework.control;

import gov.approval.calendar.boundary.CalendarService;
import gov.approval.casework.entity.CaseTime;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/** The moment of a transition from the application's one clock and the stored calendar. */
@Dependent
public class CaseClock {

  @Inject Clock clock;

  @Inject CalendarService calendars;

  public CaseTime now() {
    return new CaseTime(clock.instant(), LocalDate.now(clock), calendars.calendar());
  }

  /** A moment on {@code day} (the deadline job and tests of it run "as of" a day). */
  public CaseTime on(LocalDate day) {
    return new CaseTime(clock.instant(), day, calendars.calendar());
  }
}
