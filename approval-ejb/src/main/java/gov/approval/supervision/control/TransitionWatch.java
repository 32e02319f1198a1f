package gov.approval.supervision.control;

import gov.approval.casework.boundary.CaseCommitted;
import gov.approval.casework.control.CaseClock;
import gov.approval.casework.entity.ApprovalCase;
import gov.approval.casework.entity.CaseEvent;
import gov.approval.casework.entity.CaseTime;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;

/**
 * Recomputes a case's warnings and applies the risk rules to its new timeline rows right after each
 * transition, in the transition's transaction (the case is already loaded there, so this reads
 * almost nothing more).
 */
@Dependent
public class TransitionWatch {

  @PersistenceContext EntityManager em;

  @Inject CaseClock clock;

  @Inject WarningWatch warnings;

  @Inject RiskDetector risks;

  void onCommitted(@Observes CaseCommitted committed) {
    ApprovalCase c = em.find(ApprovalCase.class, committed.caseId());
    if (c == null || c.getNumber() == null) {
      return;
    }
    CaseTime time = clock.now();
    warnings.evaluate(c, time);
    List<CaseEvent> events =
        committed.eventIds().stream()
            .filter(Objects::nonNull)
            .map(id -> em.find(CaseEvent.class, id))
            .filter(Objects::nonNull)
            .toList();
    risks.onEvents(c, events, time);
  }
}
