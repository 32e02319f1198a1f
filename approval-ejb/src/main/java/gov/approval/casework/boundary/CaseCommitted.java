package gov.approval.casework.boundary;

import java.util.List;

/**
 * Fired inside the transaction of every stored transition, after the case and its new timeline rows
 * are written: features that watch cases (supervision) react in the same transaction, so what they
 * record commits or rolls back with the transition.
 */
public record CaseCommitted(long caseId, List<Long> eventIds) {

  public CaseCommitted {
    eventIds = List.copyOf(eventIds);
  }
}
