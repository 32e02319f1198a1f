package gov.approval.complaints.control;

import gov.approval.calendar.boundary.CalendarService;
import gov.approval.calendar.entity.LimitUnit;
import gov.approval.casework.entity.ApprovalCase;
import gov.approval.complaints.boundary.ComplaintEventRow;
import gov.approval.complaints.boundary.ComplaintForm;
import gov.approval.complaints.boundary.ComplaintView;
import gov.approval.complaints.entity.Complaint;
import gov.approval.complaints.entity.ComplaintSubject;
import gov.approval.organisation.entity.Department;
import gov.approval.organisation.entity.ServiceWindow;
import gov.approval.platform.boundary.Mail;
import gov.approval.platform.boundary.MailTexts;
import gov.approval.platform.boundary.NotFoundException;
import gov.approval.platform.boundary.Versions;
import gov.approval.platform.control.Clocks;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What both complaint desks share: resolving what a complaint is about, its deadline from the one
 * working-day calculator, storing it with its number, the complainant's mails and the page view.
 */
@Dependent
public class ComplaintSupport {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject CalendarService calendars;

  @Inject Event<Mail> mail;

  @Inject
  @ConfigProperty(name = "approval.complaints.handling-days", defaultValue = "5")
  int handlingDays;

  @Inject
  @ConfigProperty(name = "approval.public-url", defaultValue = "http://localhost:8080/approval")
  String publicUrl;

  public Clock clock() {
    return clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The handling deadline of a complaint routed today: limit in working days from tomorrow. */
  public LocalDate dueFromToday() {
    return calendars.calendar().due(today(), handlingDays, LimitUnit.WORKING_DAYS).due();
  }

  /**
   * The references of {@code form}, checked: a case must pass {@code caseAllowed} (a citizen's own
   * case; for staff any case), a window and a department must exist.
   */
  public Complaint.About about(ComplaintForm form, Predicate<ApprovalCase> caseAllowed) {
    ApprovalCase approvalCase = null;
    ServiceWindow window = null;
    Department department = null;
    if (form.kind() == ComplaintSubject.CASE) {
      String number = form.caseNumber() == null ? "" : form.caseNumber().strip();
      if (number.isEmpty()) {
        throw new gov.approval.platform.boundary.BusinessException("complaints.about.caseMissing");
      }
      approvalCase =
          em.createNamedQuery("ApprovalCase.findByNumber", ApprovalCase.class)
              .setParameter("number", number)
              .getResultStream()
              .findFirst()
              .filter(caseAllowed)
              .orElseThrow(() -> new NotFoundException("ApprovalCase", number));
    }
    if (form.kind() == ComplaintSubject.WINDOW && form.windowId() != null) {
      window = em.find(ServiceWindow.class, form.windowId());
      if (window == null) {
        throw new NotFoundException("ServiceWindow", form.windowId());
      }
    }
    if ((form.kind() == ComplaintSubject.STAFF || form.kind() == ComplaintSubject.GENERAL)
        && form.departmentId() != null) {
      department = department(form.departmentId());
    }
    return new Complaint.About(form.kind(), approvalCase, window, form.staffName(), department);
  }

  public Department department(long id) {
    Department d = em.find(Department.class, id);
    if (d == null || !d.isActive()) {
      throw new NotFoundException("Department", id);
    }
    return d;
  }

  /** Stores a new complaint and gives it its number (which needs the row's id). */
  public Complaint store(Complaint c) {
    em.persist(c);
    em.flush();
    c.assignNumber(Clocks.CITY_ZONE);
    return c;
  }

  public Complaint find(long id) {
    Complaint c = em.find(Complaint.class, id);
    if (c == null) {
      throw new NotFoundException("Complaint", id);
    }
    return c;
  }

  /** Checks the version the page showed; a concurrent change is a conflict message. */
  public void checkVersion(Complaint c, long version) {
    Versions.check(c.getVersion(), version);
    em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
  }

  /**
   * Tells the complainant the answer, by mail when they gave an address (the page shows it too).
   */
  public void mailReply(Complaint c) {
    if (c.getComplainantEmail() != null) {
      mail.fire(
          MailTexts.compose(
                  c.getComplainantEmail(),
                  "complaint.REPLIED",
                  c.getComplainantName(),
                  c.getTitle(),
                  c.getNumber(),
                  c.getReply(),
                  c.getDepartment().getName(),
                  publicUrl + "/my/complaint.xhtml?id=" + c.getId())
              .withReference(c.getNumber()));
    }
  }

  /** Tells one staff member that a complaint is overdue ({@code key} names the level). */
  public void mailEscalation(String to, String key, Complaint c, int overdueDays) {
    mail.fire(
        MailTexts.compose(
                to,
                key,
                c.getNumber(),
                c.getTitle(),
                c.getDepartment().getName(),
                c.getDueOn().toString(),
                overdueDays,
                publicUrl + "/staff/complaints/complaint.xhtml?id=" + c.getId())
            .withReference(c.getNumber()));
  }

  /** What a staff viewer may do with a complaint, as the desk boundary worked it out. */
  public record StaffRights(boolean route, boolean reply, boolean rule) {
    public static final StaffRights NONE = new StaffRights(false, false, false);
  }

  /** The complainant's page of {@code c}. */
  public ComplaintView view(Complaint c) {
    return view(c, true, StaffRights.NONE);
  }

  /** A staff member's page of {@code c}. */
  public ComplaintView view(Complaint c, StaffRights rights) {
    return view(c, false, rights);
  }

  /**
   * The page of {@code c}, after writing its changes: the version a page shows must be the one the
   * commit leaves, or the next action on that page would be refused as a conflict.
   */
  private ComplaintView view(Complaint c, boolean forComplainant, StaffRights rights) {
    if (em.contains(c)) {
      em.flush();
    }
    return new ComplaintView(
        c.getId(),
        c.getVersion(),
        c.getNumber(),
        c.getChannel(),
        c.getSubjectKind(),
        c.getStatus(),
        c.getComplainantName(),
        c.getComplainantPhone(),
        c.getApprovalCase() == null ? null : c.getApprovalCase().getNumber(),
        c.getWindow() == null ? null : c.getWindow().getNumber() + " " + c.getWindow().getName(),
        c.getStaffName(),
        c.getDepartment() == null ? null : c.getDepartment().getId(),
        c.getDepartment() == null ? null : c.getDepartment().getName(),
        c.getTitle(),
        c.getBody(),
        c.getReceivedAt(),
        c.getDueOn(),
        c.getReply(),
        c.getRepliedAt(),
        c.getRating(),
        c.isReopened(),
        c.getEscalationLevel(),
        c.getEvents().stream()
            // Filing and routing share one instant and their ids need not follow the order of
            // insertion: ties go by the life cycle's order of the actions.
            .sorted(
                java.util.Comparator.comparing(
                        gov.approval.complaints.entity.ComplaintEvent::getOccurredAt)
                    .thenComparing(e -> e.getAction().ordinal()))
            .map(
                e ->
                    new ComplaintEventRow(
                        e.getOccurredAt(), e.getAction(), e.getActor(), e.getNote()))
            .toList(),
        forComplainant && c.getStatus() == gov.approval.complaints.entity.ComplaintStatus.REPLIED,
        forComplainant && c.mayBeReopened(),
        rights.route() && c.mayBeRouted(),
        c.getRuling() == null
            ? null
            : new ComplaintView.Ruling(
                c.getRuling(),
                c.getRulingReason(),
                forComplainant ? null : c.getResponsibleStaff(),
                c.getRuledAt()),
        rights.rule() && c.mayBeRuled(),
        rights.reply() && c.isAwaitingReply());
  }
}
