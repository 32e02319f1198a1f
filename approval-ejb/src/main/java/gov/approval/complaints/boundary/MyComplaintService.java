package gov.approval.complaints.boundary;

import gov.approval.complaints.control.ComplaintSupport;
import gov.approval.complaints.entity.Complaint;
import gov.approval.complaints.entity.Rating;
import gov.approval.identity.entity.Roles;
import gov.approval.identity.entity.UserAccount;
import gov.approval.platform.boundary.AccessDeniedException;
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
 * A citizen's complaints: file one, read one's own (another's is "not found"), rate the answer and
 * send it back once.
 */
@Stateless
@RolesAllowed(Roles.CITIZEN)
public class MyComplaintService {

  static final Map<String, String> SORTABLE =
      Map.of("receivedAt", "c.receivedAt", "status", "c.status", "dueOn", "c.dueOn");

  @PersistenceContext EntityManager em;

  @Resource SessionContext session;

  @Inject ComplaintSupport support;

  public ComplaintView file(@NotNull @Valid ComplaintForm form) {
    UserAccount me = me();
    Complaint c =
        Complaint.fileOnline(
            me,
            support.about(form, own -> own.isOwnedBy(me.getUsername())),
            form.title(),
            form.body(),
            support.clock().instant(),
            support.dueFromToday());
    return support.view(support.store(c));
  }

  public Page<ComplaintRow> mine(@NotNull PageRequest request) {
    return PagedQuery.of(
            em,
            ComplaintRow.class,
            "SELECT NEW gov.approval.complaints.boundary.ComplaintRow(c.id, c.number, c.title,"
                + " c.channel, c.subjectKind, c.status, d.name, c.complainantName, c.receivedAt,"
                + " c.dueOn, c.escalationLevel) FROM Complaint c LEFT JOIN c.department d",
            "SELECT COUNT(c) FROM Complaint c")
        .where("c.complainant.username = :me", "me", username())
        .page(request, orderBy(request));
  }

  /** Newest first unless the page sorts otherwise. */
  static String orderBy(PageRequest request) {
    return request.sort() == null
        ? "c.receivedAt DESC, c.id DESC"
        : request.orderBy(SORTABLE, "c.receivedAt") + ", c.id DESC";
  }

  public ComplaintView get(long id) {
    return support.view(own(id));
  }

  public ComplaintView rate(long id, long version, @NotNull Rating rating) {
    Complaint c = own(id);
    support.checkVersion(c, version);
    c.rate(rating, username(), support.clock().instant());
    return support.view(c);
  }

  public ComplaintView reopen(
      long id, long version, @Size(max = Complaint.TEXT_LENGTH) String reason) {
    Complaint c = own(id);
    support.checkVersion(c, version);
    c.reopen(reason, username(), support.clock().instant(), support.dueFromToday());
    return support.view(c);
  }

  /** The active departments, by name, for a complaint about a staff member or in general. */
  public List<Choice> departments() {
    return em.createQuery(
            "SELECT NEW gov.approval.complaints.boundary.Choice(d.id, d.name) FROM Department d"
                + " WHERE d.active = TRUE ORDER BY d.name",
            Choice.class)
        .getResultList();
  }

  /** The active windows, for a complaint about a window. */
  public List<Choice> windows() {
    return em.createQuery(
            "SELECT NEW gov.approval.complaints.boundary.Choice(w.id, CONCAT(h.name, ' ', w.number,"
                + " ' ', w.name)) FROM ServiceWindow w JOIN w.hall h WHERE w.active = TRUE"
                + " ORDER BY h.name, w.number",
            Choice.class)
        .getResultList();
  }

  private Complaint own(long id) {
    Complaint c = em.find(Complaint.class, id);
    if (c == null || !c.isOwnedBy(username())) {
      throw new NotFoundException("Complaint", id);
    }
    return c;
  }

  private UserAccount me() {
    return em.createQuery("SELECT a FROM UserAccount a WHERE a.username = :u", UserAccount.class)
        .setParameter("u", username())
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new AccessDeniedException("error.notFound", "UserAccount", username()));
  }

  private String username() {
    return session.getCallerPrincipal().getName();
  }
}
