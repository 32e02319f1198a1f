package gov.approval.casework.boundary;

import gov.approval.casework.control.CaseDeadlines;
import gov.approval.identity.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * Runs the deadline rules of the law and the city as of a day: deemed acceptance after five working
 * days, 容缺 reminders and the outcome of a missed make-up date. A timer runs them every hour;
 * administrators (and tests, with any day) run them now.
 */
@Stateless
@RolesAllowed(Roles.JOB_MANAGE)
public class CaseDeadlineService {

  @Inject CaseDeadlines deadlines;

  public DeadlineRun runAsOf(@NotNull LocalDate day) {
    return deadlines.runAsOf(day);
  }
}
