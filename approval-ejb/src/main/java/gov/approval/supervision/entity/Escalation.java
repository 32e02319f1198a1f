package gov.approval.supervision.entity;

import java.util.Optional;

/**
 * Who a warning has reached, in the order of the chain: the handler, the section's chief
 * representative (首席代表), the department head, the supervisors. Each level is mailed once.
 */
public enum Escalation {
  HANDLER,
  CHIEF,
  HEAD,
  SUPERVISOR;

  public Optional<Escalation> next() {
    return this == SUPERVISOR ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
  }
}
