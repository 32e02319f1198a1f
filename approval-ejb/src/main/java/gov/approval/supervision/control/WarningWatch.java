package gov.approval.supervision.control;

import gov.approval.calendar.entity.DueDate;
import gov.approval.casework.entity.ApprovalCase;
import gov.approval.casework.entity.CaseStatus;
import gov.approval.casework.entity.CaseStep;
import gov.approval.casework.entity.CaseTime;
import gov.approval.platform.boundary.Mail;
import gov.approval.platform.boundary.MailTexts;
import gov.approval.supervision.entity.CaseWarning;
import gov.approval.supervision.entity.Escalation;
import gov.approval.supervision.entity.Thresholds;
import gov.approval.supervision.entity.WarningLevel;
import gov.approval.supervision.entity.WarningRule;
import gov.approval.supervision.entity.WarningThreshold;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Raises, replaces and clears a case's warnings from its deadlines as of a day, and walks active
 * warnings up the escalation chain, mailing each level once. Both the transition hook and the scan
 * call it; every step is idempotent, so running it twice changes nothing more.
 */
@Dependent
public class WarningWatch {

  /** Statuses whose deadline runs: acceptance (five working days) and handling (promised limit). */
  static final Set<CaseStatus> WATCHED =
      Set.of(CaseStatus.SUBMITTED, CaseStatus.PRE_REVIEWED, CaseStatus.ACCEPTED);

  @PersistenceContext EntityManager em;

  @Inject SupervisionSettings settings;

  @Inject Recipients recipients;

  @Inject Event<Mail> mail;

  /** One deadline being watched: the case's own (step empty) or its current review step's. */
  record Target(Integer step, String stepName, LocalDate start, LocalDate due) {}

  public void evaluate(ApprovalCase c, CaseTime time) {
    List<CaseWarning> active =
        new ArrayList<>(
            em.createNamedQuery("CaseWarning.activeOfCase", CaseWarning.class)
                .setParameter("case", c.getId())
                .getResultList());
    List<Target> targets = targets(c, time);
    for (CaseWarning w : active) {
      boolean stillWatched = targets.stream().anyMatch(t -> w.watches(c.getStatus(), t.step()));
      if (!stillWatched) {
        w.clear(CaseWarning.Cleared.MOVED_ON, time.now());
      }
    }
    Thresholds thresholds = thresholds(c);
    for (Target t : targets) {
      WarningLevel level =
          WarningRule.level(t.start(), t.due(), time.today(), time.calendar(), thresholds);
      Optional<CaseWarning> current =
          active.stream()
              .filter(w -> w.isActive() && w.watches(c.getStatus(), t.step()))
              .findFirst();
      if (current.isPresent() && current.get().getLevel() == level) {
        continue;
      }
      Escalation reached = Escalation.HANDLER;
      if (current.isPresent()) {
        CaseWarning old = current.get();
        // A worse level keeps the chain where it stands; a lighter one or none means relief.
        boolean worse = level.ordinal() > old.getLevel().ordinal();
        old.clear(
            worse ? CaseWarning.Cleared.SUPERSEDED : CaseWarning.Cleared.RELIEVED, time.now());
        reached = worse ? old.getEscalation() : Escalation.HANDLER;
      }
      if (level == WarningLevel.NONE) {
        continue;
      }
      CaseWarning raised =
          new CaseWarning(
              c, t.step(), t.stepName(), level, t.due(), reached, time.now(), time.today());
      em.persist(raised);
      notify(raised, reached, c);
    }
  }

  /** Moves an active warning one level up if it stood long enough; mails the new level. */
  public void escalate(CaseWarning w, CaseTime time) {
    int since = time.calendar().workingDaysBetween(w.getEscalatedOn(), time.today());
    w.escalateIfDue(time.today(), since, settings.escalationDays())
        .ifPresent(level -> notify(w, level, w.getApprovalCase()));
  }

  private void notify(CaseWarning w, Escalation level, ApprovalCase c) {
    for (String to : recipients.of(level, c)) {
      mail.fire(
          MailTexts.compose(
                  to,
                  "supervision.warning." + w.getLevel().name(),
                  c.getNumber(),
                  c.getItemName(),
                  c.getDepartment().getName(),
                  w.getStepName() == null ? "" : w.getStepName(),
                  w.getDueOn().toString(),
                  level.ordinal() + 1)
              .withReference(reference(c)));
    }
  }

  /** Supervision mails are found by this reference, apart from the applicant's. */
  public static String reference(ApprovalCase c) {
    return "supervision:" + c.getNumber();
  }

  static List<Target> targets(ApprovalCase c, CaseTime time) {
    if (!WATCHED.contains(c.getStatus()) || c.getNumber() == null) {
      return List.of();
    }
    Optional<DueDate> due = c.dueDate(time.calendar(), time.today());
    if (due.isEmpty()) {
      return List.of();
    }
    List<Target> targets = new ArrayList<>();
    targets.add(new Target(null, null, due.get().start(), due.get().due()));
    if (c.getStatus() == CaseStatus.ACCEPTED) {
      Optional<CaseStep> step = c.currentStep();
      if (step.isPresent() && step.get().getStartedOn() != null && step.get().getDueOn() != null) {
        CaseStep s = step.get();
        targets.add(new Target(s.getPosition(), s.getName(), s.getStartedOn(), s.getDueOn()));
      }
    }
    return targets;
  }

  /** The item's own thresholds, else its type's, else the configured defaults. */
  Thresholds thresholds(ApprovalCase c) {
    List<WarningThreshold> rows =
        em.createNamedQuery("WarningThreshold.forCase", WarningThreshold.class)
            .setParameter("item", c.getItem().getId())
            .setParameter("type", c.getItem().getType())
            .getResultList();
    return rows.stream()
        .filter(r -> r.getItem() != null)
        .findFirst()
        .or(() -> rows.stream().findFirst())
        .map(WarningThreshold::thresholds)
        .orElseGet(settings::defaultThresholds);
  }
}
