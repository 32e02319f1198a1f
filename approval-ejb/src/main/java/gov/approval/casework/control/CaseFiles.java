package gov.approval.casework.control;

import gov.approval.casework.entity.ApprovalCase;
import gov.approval.documents.boundary.GuardedFiles;
import gov.approval.documents.entity.FilePurpose;
import gov.approval.documents.entity.StoredFile;
import gov.approval.identity.entity.Roles;
import gov.approval.organisation.entity.StaffMember;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Materials and notices of a case are read by its applicant and by staff who may read the case
 * (their own department's; supervisors and the hall's administrators all); nobody else, whoever
 * guesses the file's name.
 */
@Dependent
public class CaseFiles implements GuardedFiles {

  private static final Set<FilePurpose> CASE_PURPOSES =
      Set.of(FilePurpose.APPLICATION_MATERIAL, FilePurpose.NOTICE);

  @PersistenceContext EntityManager em;

  @Inject SecurityContext security;

  @Override
  public Optional<Boolean> mayRead(Long fileId) {
    List<ApprovalCase> owners =
        em.createQuery(
                "SELECT DISTINCT c FROM ApprovalCase c WHERE c.id IN"
                    + " (SELECT m.approvalCase.id FROM CaseMaterial m WHERE m.file.id = :file)"
                    + " OR c.id IN (SELECT e.approvalCase.id FROM CaseEvent e"
                    + " WHERE e.notice.id = :file)",
                ApprovalCase.class)
            .setParameter("file", fileId)
            .getResultList();
    Principal caller = security.getCallerPrincipal();
    if (owners.isEmpty()) {
      // A material replaced by a newer upload is linked to no case any more: only its uploader
      // reads it (the timeline keeps its name).
      StoredFile file = em.find(StoredFile.class, fileId);
      if (file == null || !CASE_PURPOSES.contains(file.getPurpose())) {
        return Optional.empty();
      }
      return Optional.of(caller != null && caller.getName().equals(file.getCreatedBy()));
    }
    if (caller == null) {
      return Optional.of(false);
    }
    return Optional.of(owners.stream().anyMatch(c -> mayRead(c, caller.getName())));
  }

  private boolean mayRead(ApprovalCase c, String username) {
    if (c.isOwnedBy(username)) {
      return true;
    }
    if (!security.isCallerInRole(Roles.CASE_VIEW)) {
      return false;
    }
    if (security.isCallerInRole(Roles.SUPERVISE) || security.isCallerInRole(Roles.ORG_MANAGE)) {
      return true;
    }
    return em.createNamedQuery("StaffMember.findByUsername", StaffMember.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .map(s -> s.getDepartment().isSameAs(c.getDepartment()))
        .orElse(false);
  }
}
