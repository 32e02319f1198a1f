package gov.approval.evaluation.boundary;

import gov.approval.casework.entity.ApprovalCase;
import gov.approval.evaluation.entity.AppealKind;
import gov.approval.evaluation.entity.RectificationTicket;
import gov.approval.identity.entity.Roles;
import gov.approval.organisation.control.ActingStaff;
import gov.approval.platform.boundary.Mail;
import gov.approval.platform.boundary.MailTexts;
import gov.approval.platform.boundary.NotFoundException;
import gov.approval.platform.boundary.Versions;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bad-review loop (差评整改): the rated department calls the citizen back, rectifies and reports
 * the result (mailed to the citizen through the outbox), and may appeal a mistaken or malicious
 * review, which a supervisor or the assessment office decides. Departments reach only their own
 * tickets; supervisors and the assessment office reach all.
 */
@Stateless
@RolesAllowed({Roles.CASE_VIEW, Roles.EVALUATION_MANAGE})
public class RectificationService {

  /** The most tickets a list shows; older ones are in the history of their case. */
  static final int LIST_LIMIT = 200;

  @PersistenceContext EntityManager em;

  @Inject ActingStaff staff;

  @Inject Clock clock;

  @Inject Event<Mail> mail;

  @Resource SessionContext session;

  @Inject
  @ConfigProperty(name = "approval.public-url", defaultValue = "http://localhost:8080/approval")
  String publicUrl;

  /** Open tickets first, by rectification deadline; then the rest, newest first. */
  public List<TicketRow> tickets(boolean pendingAppealsOnly) {
    Optional<Long> department = confinedTo();
    String jpql =
        "SELECT t FROM RectificationTicket t JOIN FETCH t.rating r JOIN FETCH r.approvalCase"
            + " JOIN FETCH t.department LEFT JOIN FETCH t.staff WHERE 1 = 1"
            + (department.isPresent() ? " AND t.department.id = :department" : "")
            + (pendingAppealsOnly
                ? " AND t.appealStatus = gov.approval.evaluation.entity.AppealStatus.PENDING"
                : "")
            + " ORDER BY t.rectifyDueOn, t.id";
    var query = em.createQuery(jpql, RectificationTicket.class).setMaxResults(LIST_LIMIT);
    department.ifPresent(d -> query.setParameter("department", d));
    return query.getResultList().stream().map(TicketRow::of).toList();
  }

  public TicketRow ticket(long id) {
    return TicketRow.of(reachable(id));
  }

  @RolesAllowed({Roles.CASE_ACCEPT, Roles.CASE_DECIDE, Roles.DEPARTMENT_MANAGE})
  public TicketRow callBack(
      long id, long version, @NotNull @Size(max = RectificationTicket.TEXT_LENGTH) String note) {
    RectificationTicket t = ownDepartments(id, version);
    t.callBack(note, staff.username(), clock.instant());
    return stored(t);
  }

  /** Records the rectification and mails its result to the citizen. */
  @RolesAllowed({Roles.CASE_ACCEPT, Roles.CASE_DECIDE, Roles.DEPARTMENT_MANAGE})
  public TicketRow rectify(
      long id, long version, @NotNull @Size(max = RectificationTicket.TEXT_LENGTH) String result) {
    RectificationTicket t = ownDepartments(id, version);
    t.rectify(result, staff.username(), clock.instant());
    ApprovalCase c = t.getRating().getApprovalCase();
    recipient(c)
        .ifPresent(
            to ->
                mail.fire(
                    MailTexts.compose(
                            to,
                            "evaluation.rectified",
                            c.getApplicant().getName(),
                            c.getItemName(),
                            c.getNumber(),
                            t.getResult(),
                            publicUrl + "/my/case.xhtml?id=" + c.getId())
                        .withReference(c.getNumber())));
    return stored(t);
  }

  @RolesAllowed({Roles.CASE_DECIDE, Roles.DEPARTMENT_MANAGE})
  public TicketRow appeal(
      long id,
      long version,
      @NotNull AppealKind kind,
      @NotNull @Size(max = RectificationTicket.TEXT_LENGTH) String reason) {
    RectificationTicket t = ownDepartments(id, version);
    t.appeal(kind, reason, staff.username());
    return stored(t);
  }

  /** Upholds (the review stops counting in scores) or rejects a department's appeal. */
  @RolesAllowed({Roles.SUPERVISE, Roles.EVALUATION_MANAGE})
  public TicketRow decideAppeal(
      long id,
      long version,
      boolean upheld,
      @Size(max = RectificationTicket.TEXT_LENGTH) String note) {
    RectificationTicket t = find(id);
    Versions.check(t.getVersion(), version);
    t.decideAppeal(upheld, note, staff.username(), clock.instant());
    return stored(t);
  }

  /** The row after the change is flushed, so it carries the version the next edit must name. */
  private TicketRow stored(RectificationTicket t) {
    em.flush();
    return TicketRow.of(t);
  }

  private RectificationTicket ownDepartments(long id, long version) {
    RectificationTicket t = find(id);
    if (!staff.get().getDepartment().isSameAs(t.getDepartment())) {
      throw new NotFoundException("RectificationTicket", id);
    }
    Versions.check(t.getVersion(), version);
    return t;
  }

  private RectificationTicket reachable(long id) {
    RectificationTicket t = find(id);
    Optional<Long> department = confinedTo();
    if (department.isPresent() && !department.get().equals(t.getDepartment().getId())) {
      throw new NotFoundException("RectificationTicket", id);
    }
    return t;
  }

  private RectificationTicket find(long id) {
    RectificationTicket t = em.find(RectificationTicket.class, id);
    if (t == null) {
      throw new NotFoundException("RectificationTicket", id);
    }
    return t;
  }

  private Optional<Long> confinedTo() {
    if (session.isCallerInRole(Roles.SUPERVISE)
        || session.isCallerInRole(Roles.EVALUATION_MANAGE)
        || session.isCallerInRole(Roles.ORG_MANAGE)) {
      return Optional.empty();
    }
    return Optional.of(staff.get().getDepartment().getId());
  }

  private static Optional<String> recipient(ApprovalCase c) {
    if (c.getOwner() != null && c.getOwner().getEmail() != null) {
      return Optional.of(c.getOwner().getEmail());
    }
    return Optional.ofNullable(c.getApplicant().getContactEmail());
  }
}
