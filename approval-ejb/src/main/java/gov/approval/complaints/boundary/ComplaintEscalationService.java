package gov.approval.complaints.boundary;

import gov.approval.complaints.control.ComplaintEscalation;
import gov.approval.identity.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * Runs the escalation of overdue complaints as of a day, now: for administrators and supervisors
 * who do not want to wait for the hourly timer, and for tests, which pick the day.
 */
@Stateless
@RolesAllowed({Roles.JOB_MANAGE, Roles.SUPERVISE})
public class ComplaintEscalationService {

  @Inject ComplaintEscalation escalation;

  public EscalationRun runAsOf(@NotNull LocalDate day) {
    return escalation.runAsOf(day);
  }
}
