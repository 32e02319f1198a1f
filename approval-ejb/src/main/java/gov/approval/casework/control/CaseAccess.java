package gov.approval.casework.control;

import gov.approval.casework.entity.ApprovalCase;
import gov.approval.casework.entity.CaseEvent;
import gov.approval.casework.entity.CaseMaterial;
import gov.approval.identity.entity.Roles;
import gov.approval.organisation.control.ActingStaff;
import gov.approval.organisation.entity.StaffMember;
import gov.approval.platform.boundary.NotFoundException;
import gov.approval.platform.boundary.Versions;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * The per-row rules of cases: an applicant reaches only their own cases, staff only the cases of
 * their own department (supervisors and the hall's administrators read all). A case the caller may
 * not reach is "not found", so ids reveal nothing.
 */
@Stateless
public class CaseAccess {

  @PersistenceContext EntityManager em;

  @Resource SessionContext session;

  @Inject ActingStaff staff;

  /**
   * The case with everything its page shows, in a fixed number of statements whatever the number of
   * materials and timeline rows: materials with their files and events with their notices are read
   * joined first, so that walking the case's collections finds them loaded.
   */
  ApprovalCase load(long id) {
    ApprovalCase c = em.find(ApprovalCase.class, id);
    if (c != null) {
      em.createQuery(
              "SELECT m FROM CaseMaterial m LEFT JOIN FETCH m.file WHERE m.approvalCase = :c",
              CaseMaterial.class)
          .setParameter("c", c)
          .getResultList();
      em.createQuery(
              "SELECT e FROM CaseEvent e LEFT JOIN FETCH e.notice WHERE e.approvalCase = :c",
              CaseEvent.class)
          .setParameter("c", c)
          .getResultList();
    }
    return c;
  }

  public String username() {
    return session.getCallerPrincipal().getName();
  }

  /** The applicant's own case, checked against {@code version} when one is given. */
  public ApprovalCase ownCase(long id, Long version) {
    ApprovalCase c = version == null ? load(id) : em.find(ApprovalCase.class, id);
    if (c == null || !c.isOwnedBy(username())) {
      throw new NotFoundException("ApprovalCase", id);
    }
    checkVersion(c, version);
    return c;
  }

  /** A case the calling staff member may read. */
  public ApprovalCase readable(long id) {
    ApprovalCase c = load(id);
    if (c == null) {
      throw new NotFoundException("ApprovalCase", id);
    }
    return readable(c);
  }

  /** {@code c}, already read, if the calling staff member may read it. */
  public ApprovalCase readable(ApprovalCase c) {
    if (c.getStatus() == gov.approval.casework.entity.CaseStatus.DRAFT
        || !readsAllDepartments() && !me().getDepartment().isSameAs(c.getDepartment())) {
      throw new NotFoundException("ApprovalCase", c.getId());
    }
    return c;
  }

  /**
   * A case the calling staff member acts on: their own department's only (reading all departments
   * gives no right to act), at the version their page showed.
   */
  public ApprovalCase actionable(long id, long version) {
    ApprovalCase c = em.find(ApprovalCase.class, id);
    if (c == null
        || c.getStatus() == gov.approval.casework.entity.CaseStatus.DRAFT
        || !me().getDepartment().isSameAs(c.getDepartment())) {
      throw new NotFoundException("ApprovalCase", id);
    }
    checkVersion(c, version);
    return c;
  }

  private void checkVersion(ApprovalCase c, Long version) {
    if (version != null) {
      Versions.check(c.getVersion(), version);
      // Uploads change only a material row: the case's version moves too, so that two people
      // acting on one case always collide on the case.
      em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
  }

  public StaffMember me() {
    return staff.get();
  }

  public boolean readsAllDepartments() {
    return session.isCallerInRole(Roles.SUPERVISE) || session.isCallerInRole(Roles.ORG_MANAGE);
  }
}
