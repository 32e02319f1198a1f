package gov.approval.organisation.control;

import gov.approval.identity.entity.Roles;
import gov.approval.organisation.entity.Department;
import gov.approval.organisation.entity.StaffMember;
import gov.approval.platform.boundary.AccessDeniedException;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * The staff member behind the current call and the per-row rule of the organisation: with
 * ORG_MANAGE a caller acts on every department, otherwise only on their own.
 */
@Stateless
public class ActingStaff {

  @Resource SessionContext session;

  @PersistenceContext EntityManager em;

  public String username() {
    return session.getCallerPrincipal().getName();
  }

  public Optional<StaffMember> find() {
    return em.createNamedQuery("StaffMember.findByUsername", StaffMember.class)
        .setParameter("username", username())
        .getResultStream()
        .findFirst();
  }

  public StaffMember get() {
    return find().orElseThrow(() -> new AccessDeniedException("error.notStaff"));
  }

  public boolean managesAllDepartments() {
    return session.isCallerInRole(Roles.ORG_MANAGE);
  }

  /** The department the caller is confined to, or empty when they may act on all. */
  public Optional<Long> confinedToDepartment() {
    return managesAllDepartments() ? Optional.empty() : Optional.of(get().getDepartment().getId());
  }

  /** Refuses unless the caller may act on {@code department}. */
  public void checkMayActOn(Department department) {
    if (managesAllDepartments()) {
      return;
    }
    StaffMember me = get();
    if (!me.getDepartment().isSameAs(department)) {
      throw new AccessDeniedException(
          "error.otherDepartment", department.getName(), me.getDepartment().getName());
    }
  }
}
