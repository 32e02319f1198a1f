package gov.approval.audit.boundary;

import java.time.LocalDate;

/** The log page's filters; absent ones are left out. Dates are the city's days, inclusive. */
public record AuditFilter(String actor, String target, LocalDate from, LocalDate to) {

  public AuditFilter {
    actor = actor == null || actor.isBlank() ? null : actor.strip();
    target = target == null || target.isBlank() ? null : target.strip();
  }

  public static AuditFilter none() {
    return new AuditFilter(null, null, null, null);
  }
}
