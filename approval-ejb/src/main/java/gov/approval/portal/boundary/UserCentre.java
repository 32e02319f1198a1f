package gov.approval.portal.boundary;

import gov.approval.casework.entity.CaseStatus;
import gov.approval.identity.entity.Roles;
import gov.approval.identity.entity.UserAccount;
import gov.approval.platform.boundary.Page;
import gov.approval.platform.boundary.PageRequest;
import gov.approval.platform.boundary.PagedQuery;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The citizen's own corner of the user centre beyond cases: drafts to continue, the official
 * notices of all my cases in one list, and my contact address. Every query is bound to the caller,
 * so no parameter can reach another citizen's rows.
 */
@Stateless
@RolesAllowed(Roles.CITIZEN)
public class UserCentre {

  /** Drafts listed at most; an account with more is unusual and sees the newest. */
  static final int MAX_DRAFTS = 50;

  @PersistenceContext EntityManager em;

  @Resource SessionContext session;

  /** My drafts, the most recently changed first. */
  public List<MyDraft> myDrafts() {
    return em.createQuery(
            "SELECT NEW gov.approval.portal.boundary.MyDraft(c.id, c.itemName, c.createdAt,"
                + " c.updatedAt) FROM ApprovalCase c WHERE c.owner.username = :me"
                + " AND c.status = :draft ORDER BY c.updatedAt DESC, c.id DESC",
            MyDraft.class)
        .setParameter("me", me())
        .setParameter("draft", CaseStatus.DRAFT)
        .setMaxResults(MAX_DRAFTS)
        .getResultList();
  }

  /** The official notices (PDF) of my cases, newest first: rows and count, two statements. */
  public Page<MyNotice> myNotices(@NotNull PageRequest request) {
    return PagedQuery.of(
            em,
            MyNotice.class,
            "SELECT NEW gov.approval.portal.boundary.MyNotice(c.id, c.number, c.itemName,"
                + " e.action, e.occurredAt, f.storageName, f.originalName)"
                + " FROM CaseEvent e JOIN e.approvalCase c JOIN e.notice f",
            "SELECT COUNT(e) FROM CaseEvent e JOIN e.approvalCase c JOIN e.notice f")
        .where("c.owner.username = :me", "me", me())
        .page(request, "e.occurredAt DESC, e.id DESC");
  }

  /** Changes my contact e-mail address (blank removes it); name and mobile are real-name data. */
  public void changeMyEmail(
      @Email(message = "{account.email.invalid}") @Size(max = UserAccount.EMAIL_LENGTH)
          String email) {
    UserAccount account =
        em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
            .setParameter("username", me())
            .getSingleResult();
    String cleaned = email == null || email.isBlank() ? null : email.strip();
    account.updateContact(account.getDisplayName(), cleaned, account.getMobile());
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }
}
