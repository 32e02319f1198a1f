package gov.approval.supervision.boundary;

import gov.approval.calendar.entity.LimitUnit;
import gov.approval.casework.control.CaseClock;
import gov.approval.casework.entity.ApprovalCase;
import gov.approval.casework.entity.CaseTime;
import gov.approval.identity.entity.Roles;
import gov.approval.organisation.control.ActingStaff;
import gov.approval.organisation.entity.Department;
import gov.approval.platform.boundary.BusinessException;
import gov.approval.platform.boundary.NotFoundException;
import gov.approval.platform.boundary.Page;
import gov.approval.platform.boundary.PageRequest;
import gov.approval.platform.boundary.PagedQuery;
import gov.approval.platform.boundary.Versions;
import gov.approval.supervision.control.OrderNotices;
import gov.approval.supervision.entity.CorrectionOrder;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * Correction orders (纠错): supervisors order, accept and reopen; the ordered department's head or
 * chief representative answers (only their own department's orders). Deadlines are working days of
 * the calendar; each step mails the other side through the outbox.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISE, Roles.CASE_DECIDE, Roles.DEPARTMENT_MANAGE})
public class CorrectionOrderService {

  static final Map<String, String> SORTABLE =
      Map.of("dueOn", "o.dueOn", "orderedAt", "o.orderedAt", "state", "o.state");

  static final String ROW =
      "SELECT NEW gov.approval.supervision.boundary.OrderRow(o.id, o.version, d.name, c.id,"
          + " c.number, o.reason, o.requiredAction, o.dueOn, o.state, o.orderedBy, o.orderedAt,"
          + " o.answer, o.answeredBy, o.reviewNote, o.reopenCount, o.escalatedOn)"
          + " FROM CorrectionOrder o JOIN o.department d LEFT JOIN o.approvalCase c";

  @PersistenceContext EntityManager em;

  @Resource SessionContext session;

  @Inject ActingStaff staff;

  @Inject CaseClock clock;

  @Inject OrderNotices notices;

  /** The orders the caller sees: all for supervisors, the own department's for the others. */
  public Page<OrderRow> orders(@NotNull OrderFilter filter, @NotNull PageRequest request) {
    Long department = seesAll() ? filter.departmentId() : staff.get().getDepartment().getId();
    return PagedQuery.of(
            em,
            OrderRow.class,
            ROW,
            "SELECT COUNT(o) FROM CorrectionOrder o JOIN o.department d LEFT JOIN o.approvalCase c")
        .where("o.state = :state", "state", filter.state())
        .where("d.id = :department", "department", department)
        .search("(LOWER(c.number) LIKE :search OR LOWER(o.reason) LIKE :search)", request)
        .page(request, request.orderBy(SORTABLE, "o.dueOn") + ", o.id");
  }

  public OrderRow order(long id) {
    CorrectionOrder o = visible(id);
    return row(o.getId());
  }

  @RolesAllowed(Roles.SUPERVISE)
  public OrderRow issue(@NotNull @Valid OrderForm form) {
    return row(create(form, null).getId());
  }

  /** Creates an order (also from a risk event); mails the department. */
  @RolesAllowed(Roles.SUPERVISE)
  public CorrectionOrder create(@NotNull @Valid OrderForm form, Long riskEventId) {
    Department department = em.find(Department.class, form.departmentId());
    if (department == null) {
      throw new NotFoundException("Department", form.departmentId());
    }
    ApprovalCase c = null;
    if (form.caseNumber() != null && !form.caseNumber().isBlank()) {
      c =
          em.createNamedQuery("ApprovalCase.findByNumber", ApprovalCase.class)
              .setParameter("number", form.caseNumber().strip())
              .getResultStream()
              .findFirst()
              .orElseThrow(
                  () -> new BusinessException("supervision.order.unknownCase", form.caseNumber()));
    }
    CaseTime time = clock.now();
    CorrectionOrder o =
        new CorrectionOrder(
            department,
            c,
            riskEventId,
            form.reason(),
            form.requiredAction(),
            form.days(),
            due(time, form.days()),
            session.getCallerPrincipal().getName(),
            time.now());
    em.persist(o);
    em.flush();
    notices.ordered(o);
    return o;
  }

  /** The department's answer. */
  @RolesAllowed({Roles.CASE_DECIDE, Roles.DEPARTMENT_MANAGE})
  public OrderRow answer(
      long id,
      long version,
      @NotBlank(message = "{supervision.order.answer}") @Size(max = 2000) String text) {
    CorrectionOrder o = visible(id);
    if (!staff.get().getDepartment().isSameAs(o.getDepartment())) {
      throw new NotFoundException("CorrectionOrder", id);
    }
    Versions.check(o.getVersion(), version);
    o.answer(text, session.getCallerPrincipal().getName(), clock.now().now());
    em.flush();
    notices.answered(o);
    return row(id);
  }

  @RolesAllowed(Roles.SUPERVISE)
  public OrderRow accept(long id, long version, @Size(max = 2000) String note) {
    CorrectionOrder o = visible(id);
    Versions.check(o.getVersion(), version);
    o.accept(note);
    em.flush();
    return row(id);
  }

  @RolesAllowed(Roles.SUPERVISE)
  public OrderRow reopen(
      long id,
      long version,
      @NotBlank(message = "{supervision.order.reopenNote}") @Size(max = 2000) String note,
      @Min(value = 1, message = "{supervision.order.days}")
          @Max(value = 60, message = "{supervision.order.days}")
          int days) {
    CorrectionOrder o = visible(id);
    Versions.check(o.getVersion(), version);
    o.reopen(note, days, due(clock.now(), days));
    em.flush();
    notices.reopened(o);
    return row(id);
  }

  private static java.time.LocalDate due(CaseTime time, int days) {
    return time.calendar().due(time.today(), days, LimitUnit.WORKING_DAYS).due();
  }

  private CorrectionOrder visible(long id) {
    CorrectionOrder o = em.find(CorrectionOrder.class, id);
    if (o == null || (!seesAll() && !staff.get().getDepartment().isSameAs(o.getDepartment()))) {
      throw new NotFoundException("CorrectionOrder", id);
    }
    return o;
  }

  private boolean seesAll() {
    return session.isCallerInRole(Roles.SUPERVISE);
  }

  private OrderRow row(long id) {
    return em.createQuery(ROW + " WHERE o.id = :id", OrderRow.class)
        .setParameter("id", id)
        .getSingleResult();
  }
}
