package gov.approval.casework.control;

import gov.approval.calendar.entity.DueDate;
import gov.approval.calendar.entity.WorkingCalendar;
import gov.approval.casework.boundary.CaseView;
import gov.approval.casework.entity.Applicant;
import gov.approval.casework.entity.ApprovalCase;
import gov.approval.casework.entity.CaseEvent;
import gov.approval.casework.entity.CaseMaterial;
import gov.approval.casework.entity.CaseStep;
import gov.approval.casework.entity.StaffAction;
import gov.approval.documents.entity.StoredFile;
import gov.approval.organisation.entity.StaffMember;
import java.time.LocalDate;
import java.util.Set;

/**
 * Turns a case into its page's record. Applicants get the timeline without staff notes (review
 * opinions, who was assigned); staff get everything.
 */
public final class CaseViews {

  private CaseViews() {}

  /** The applicant's case: no staff notes, no staff actions. */
  public static CaseView forApplicant(ApprovalCase c, WorkingCalendar calendar, LocalDate today) {
    return view(c, calendar, today, false, Set.of());
  }

  /** The case file for {@code staff}, with what their permissions and the case's state allow. */
  public static CaseView forStaff(
      ApprovalCase c, WorkingCalendar calendar, LocalDate today, StaffMember staff) {
    return view(c, calendar, today, true, c.actionsFor(staff.permissions()));
  }

  private static CaseView view(
      ApprovalCase c,
      WorkingCalendar calendar,
      LocalDate today,
      boolean forStaff,
      Set<StaffAction> actions) {
    DueDate due = c.dueDate(calendar, today).orElse(null);
    Applicant a = c.getApplicant();
    return new CaseView(
        c.getId(),
        c.getVersion(),
        c.getNumber(),
        c.getCheckCode(),
        c.getItemName(),
        c.getItem().getImplementationCode(),
        c.getDepartment().getName(),
        c.getDepartment().getId(),
        c.getChannel(),
        c.getStatus(),
        new CaseView.Applicant(
            a.getKind(),
            a.getName(),
            a.getIdType(),
            a.getIdNumber(),
            a.getCreditCode(),
            a.getLegalRepresentative(),
            a.getContactName(),
            a.getContactPhone(),
            a.getContactEmail(),
            a.getAgentName(),
            a.getAgentIdNumber()),
        c.getDescription(),
        c.getCreatedAt(),
        c.getSubmittedAt(),
        c.getReceivedOn(),
        c.getAcceptedOn(),
        c.isAcceptanceDeemed(),
        c.getPromisedLimitDays(),
        due,
        due == null ? null : due.workingDaysLeft(calendar, today),
        c.getCorrectionCount(),
        forStaff ? c.getSupervisionFlag() : null,
        c.getDeficiencyPledge(),
        c.getDeficiencyDueOn(),
        c.getRefusalReasons(),
        c.getDecision(),
        c.getDecisionReason(),
        c.getDecisionBasis(),
        c.getCertificateNumber(),
        c.getDeliveryMethod(),
        c.getDeliveryNote(),
        c.getClosedReason(),
        c.currentStep().map(CaseStep::getName).orElse(null),
        c.getMaterials().stream().map(CaseViews::material).toList(),
        c.getSteps().stream().map(s -> step(s, forStaff)).toList(),
        c.getSuspensions().stream()
            .map(
                s ->
                    new CaseView.SpecialProcedureRow(
                        s.getKind(),
                        s.getReason(),
                        s.getStartedOn(),
                        s.getEndedOn(),
                        s.getResult()))
            .toList(),
        c.getExtensions().stream()
            .map(
                e ->
                    new CaseView.ExtensionRow(
                        e.getDays(), e.getReason(), e.getApprovedBy(), e.getApprovedOn()))
            .toList(),
        c.getEvents().stream()
            .filter(e -> forStaff || e.getAction().isMailed())
            .map(e -> event(e, forStaff))
            .toList(),
        c.getFees().stream()
            .map(
                f ->
                    new CaseView.FeeRow(
                        f.getName(), f.getAmount(), f.getChargedAt(), f.getChargedBy()))
            .toList(),
        actions);
  }

  private static CaseView.Material material(CaseMaterial m) {
    StoredFile f = m.getFile();
    return new CaseView.Material(
        m.getPosition(),
        m.getName(),
        m.getForm(),
        m.getNecessity(),
        m.getState(),
        m.getCorrectionReason(),
        f == null ? null : f.getStorageName(),
        f == null ? null : f.getOriginalName(),
        f == null ? null : f.getMediaType(),
        f == null ? null : f.getSizeBytes());
  }

  private static CaseView.Step step(CaseStep s, boolean forStaff) {
    return new CaseView.Step(
        s.getPosition(),
        s.getName(),
        forStaff && s.getAssignee() != null ? s.getAssignee().getName() : null,
        s.getStartedOn(),
        s.getDueOn(),
        s.getFinishedAt(),
        forStaff ? s.getFinishedBy() : null,
        forStaff ? s.getOpinion() : null);
  }

  private static CaseView.Event event(CaseEvent e, boolean forStaff) {
    StoredFile notice = e.getNotice();
    return new CaseView.Event(
        e.getId(),
        e.getOccurredAt(),
        e.getActorName(),
        e.getAction(),
        e.getFromStatus(),
        e.getToStatus(),
        e.getNote(),
        forStaff ? e.getInternalNote() : null,
        notice == null ? null : notice.getStorageName(),
        notice == null ? null : notice.getOriginalName());
  }
}
