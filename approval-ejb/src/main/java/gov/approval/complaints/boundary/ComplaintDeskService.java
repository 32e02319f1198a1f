package gov.approval.complaints.boundary;

import gov.approval.audit.boundary.AuditLog;
import gov.approval.complaints.control.ComplaintSupport;
import gov.approval.complaints.entity.Complaint;
import gov.approval.identity.entity.Roles;
import gov.approval.organisation.control.ActingStaff;
import gov.approval.organisation.entity.StaffMember;
import gov.approval.platform.boundary.AccessDeniedException;
import gov.approval.platform.boundary.BusinessException;
import gov.approval.platform.boundary.NotFoundException;
import gov.approval.platform.boundary.Page;
import gov.approval.platform.boundary.PageRequest;
import gov.approval.platform.boundary.PagedQuery;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * The staff side of complaints: the complaint office (COMPLAINT_HANDLE: hall office, supervisors)
 * records phone complaints, routes general ones and sees all; a department's chief representative
 * and head see and answer only their own department's. Every action and read is audited.
 */
@Stateless
@RolesAllowed({Roles.COMPLAINT_HANDLE, Roles.CASE_VIEW})
public class ComplaintDeskService {

  static final Map<String, String> SORTABLE =
      Map.of(
          "receivedAt", "c.receivedAt",
          "status", "c.status",
          "dueOn", "c.dueOn",
          "number", "c.number");

  @PersistenceContext EntityManager em;

  @Resource SessionContext session;

  @Inject ComplaintSupport support;

  @Inject ActingStaff staff;

  @Inject AuditLog audit;

  @RolesAllowed(Roles.COMPLAINT_HANDLE)
  public ComplaintView recordCall(
      @NotNull @Valid PhoneCaller caller, @NotNull @Valid ComplaintForm form) {
    Complaint c =
        Complaint.recordCall(
            caller.name(),
            caller.phone(),
            caller.email(),
            support.about(form, any -> true),
            form.title(),
            form.body(),
            staff.username(),
            support.clock().instant(),
            support.dueFromToday());
    support.store(c);
    audited("COMPLAINT_RECORD", c, "phone");
    return view(c);
  }

  /** The complaints the caller may see: all for the complaint office, else their department's. */
  public Page<ComplaintRow> list(@NotNull ComplaintFilter filter, @NotNull PageRequest request) {
    Long department = seesAll() ? filter.departmentId() : staff.get().getDepartment().getId();
    return PagedQuery.of(
            em,
            ComplaintRow.class,
            "SELECT NEW gov.approval.complaints.boundary.ComplaintRow(c.id, c.number, c.title,"
                + " c.channel, c.subjectKind, c.status, d.name, c.complainantName, c.receivedAt,"
                + " c.dueOn, c.escalationLevel) FROM Complaint c LEFT JOIN c.department d",
            "SELECT COUNT(c) FROM Complaint c")
        .where("c.department.id = :department", "department", department)
        .where("c.status = :status", "status", filter.status())
        .where("c.dueOn < :dueBefore", "dueBefore", filter.dueBefore())
        .search("(LOWER(c.number) LIKE :search OR LOWER(c.title) LIKE :search)", request)
        .page(
            request,
            request.sort() == null
                ? "c.receivedAt DESC, c.id DESC"
                : request.orderBy(SORTABLE, "c.receivedAt") + ", c.id DESC");
  }

  public ComplaintView get(long id) {
    Complaint c = readable(id);
    audited("COMPLAINT_READ", c, null);
    return view(c);
  }

  /** Sends a complaint to the responsible department, with a fresh deadline. */
  @RolesAllowed(Roles.COMPLAINT_HANDLE)
  public ComplaintView route(long id, long version, long departmentId) {
    Complaint c = support.find(id);
    support.checkVersion(c, version);
    c.routeTo(
        support.department(departmentId),
        support.dueFromToday(),
        staff.username(),
        support.clock().instant());
    audited("COMPLAINT_ROUTE", c, c.getDepartment().getName());
    return view(c);
  }

  /** The department's answer: only by its own chief representative or head. */
  @RolesAllowed({Roles.CASE_DECIDE, Roles.DEPARTMENT_MANAGE})
  public ComplaintView reply(
      long id, long version, @Size(max = Complaint.TEXT_LENGTH) String text) {
    Complaint c = readable(id);
    requireOwnDepartment(c);
    support.checkVersion(c, version);
    c.answer(text, staff.username(), support.clock().instant());
    support.mailReply(c);
    audited("COMPLAINT_REPLY", c, null);
    return view(c);
  }

  /**
   * Rules whether an answered complaint was justified: the department's own chief representative or
   * head, or a supervisor (whose ruling replaces the department's). The staff member held
   * responsible must belong to the complaint's department.
   */
  @RolesAllowed({Roles.CASE_DECIDE, Roles.DEPARTMENT_MANAGE, Roles.SUPERVISE})
  public ComplaintView rule(long id, long version, @NotNull @Valid RulingForm form) {
    Complaint c = readable(id);
    if (!session.isCallerInRole(Roles.SUPERVISE)) {
      requireOwnDepartment(c);
    }
    String responsible = form.responsibleStaff();
    if (responsible != null && !responsible.isBlank()) {
      boolean ofDepartment =
          c.getDepartment() != null
              && staffOf(c.getDepartment().getId()).stream()
                  .anyMatch(s -> s.username().equals(responsible.strip()));
      if (!ofDepartment) {
        throw new BusinessException("complaints.rule.responsibleNotInDepartment");
      }
    }
    support.checkVersion(c, version);
    c.rule(form.verdict(), form.reason(), responsible, staff.username(), support.clock().instant());
    audited("COMPLAINT_RULE", c, form.verdict().name());
    return view(c);
  }

  /** The complaint's department's staff, for the ruling's "responsible" choice. */
  public List<StaffChoice> responsibleChoices(long complaintId) {
    Complaint c = readable(complaintId);
    return c.getDepartment() == null ? List.of() : staffOf(c.getDepartment().getId());
  }

  private List<StaffChoice> staffOf(long departmentId) {
    return em.createQuery(
            "SELECT NEW gov.approval.complaints.boundary.StaffChoice(a.username, a.displayName)"
                + " FROM StaffMember s JOIN s.account a WHERE s.department.id = :department"
                + " ORDER BY a.displayName, a.username",
            StaffChoice.class)
        .setParameter("department", departmentId)
        .getResultList();
  }

  /** The active departments, by name, for routing and the phone form. */
  public List<Choice> departments() {
    return em.createQuery(
            "SELECT NEW gov.approval.complaints.boundary.Choice(d.id, d.name) FROM Department d"
                + " WHERE d.active = TRUE ORDER BY d.name",
            Choice.class)
        .getResultList();
  }

  public boolean seesAll() {
    return session.isCallerInRole(Roles.COMPLAINT_HANDLE)
        || session.isCallerInRole(Roles.SUPERVISE)
        || session.isCallerInRole(Roles.ORG_MANAGE);
  }

  /**
   * A complaint the caller may read; another department's is "not found", so ids reveal nothing.
   */
  private Complaint readable(long id) {
    Complaint c = em.find(Complaint.class, id);
    if (c == null
        || (!seesAll()
            && (c.getDepartment() == null
                || !staff.get().getDepartment().isSameAs(c.getDepartment())))) {
      throw new NotFoundException("Complaint", id);
    }
    return c;
  }

  /** Only the complaint's own department answers and rules on it. */
  /**
   * The page with what the caller may do: route as the complaint office; answer as the complaint's
   * own department's chief representative or head; rule as those or as a supervisor.
   */
  private ComplaintView view(Complaint c) {
    // Office and supervision accounts need not be staff of a department: ask only answerers.
    boolean answers =
        (session.isCallerInRole(Roles.CASE_DECIDE)
                || session.isCallerInRole(Roles.DEPARTMENT_MANAGE))
            && c.getDepartment() != null
            && staff
                .find()
                .filter(me -> me.getDepartment().isSameAs(c.getDepartment()))
                .isPresent();
    return support.view(
        c,
        new ComplaintSupport.StaffRights(
            session.isCallerInRole(Roles.COMPLAINT_HANDLE),
            answers,
            answers || session.isCallerInRole(Roles.SUPERVISE)));
  }

  private void requireOwnDepartment(Complaint c) {
    StaffMember me = staff.get();
    if (c.getDepartment() == null || !me.getDepartment().isSameAs(c.getDepartment())) {
      throw new AccessDeniedException(
          "complaints.reply.otherDepartment",
          c.getDepartment() == null ? "-" : c.getDepartment().getName(),
          me.getDepartment().getName());
    }
  }

  private void audited(String action, Complaint c, String details) {
    audit.record(
        action, "complaint:" + c.getNumber(), AuditLog.PURPOSE_COMPLAINT_HANDLING, details);
  }
}
