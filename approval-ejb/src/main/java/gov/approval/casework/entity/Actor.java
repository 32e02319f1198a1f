package gov.approval.casework.entity;

import java.util.Objects;

/** Who acts on a case: a user name (for the audit trail) and the name shown on the timeline. */
public record Actor(String username, String name) {

  public static final Actor SYSTEM = new Actor(CaseEvent.SYSTEM, "系统");

  public Actor {
    Objects.requireNonNull(username);
    Objects.requireNonNull(name);
  }
}
