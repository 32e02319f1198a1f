package gov.approval.identity.boundary;

import java.util.Set;

/** What one login attempt found: accepted with the caller's roles, or refused and why. */
public record LoginResult(Outcome outcome, String username, Set<String> roles) {

  /** Why a login was accepted or refused. */
  public enum Outcome {
    ACCEPTED,
    WRONG_CREDENTIALS,
    LOCKED,
    INACTIVE
  }

  public static LoginResult refused(Outcome outcome, String username) {
    return new LoginResult(outcome, username, Set.of());
  }

  public boolean accepted() {
    return outcome == Outcome.ACCEPTED;
  }
}
