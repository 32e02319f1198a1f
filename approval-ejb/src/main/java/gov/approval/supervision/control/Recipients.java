package gov.approval.supervision.control;

import gov.approval.casework.entity.ApprovalCase;
import gov.approval.casework.entity.CaseStep;
import gov.approval.identity.entity.Position;
import gov.approval.organisation.entity.Department;
import gov.approval.organisation.entity.StaffMember;
import gov.approval.supervision.entity.Escalation;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The mail addresses at each level of the escalation chain: the handler (the step's or case's
 * assignee, else the section's clerks), the chief representative, the department head, the
 * supervisors. Positions are stored as one column, so a position is found with LIKE.
 */
@Dependent
public class Recipients {

  @PersistenceContext EntityManager em;

  public List<String> of(Escalation level, ApprovalCase c) {
    return switch (level) {
      case HANDLER -> handler(c);
      case CHIEF -> inDepartment(c.getDepartment(), Position.CHIEF_REPRESENTATIVE);
      case HEAD -> inDepartment(c.getDepartment(), Position.DEPARTMENT_HEAD);
      case SUPERVISOR -> supervisors();
    };
  }

  private List<String> handler(ApprovalCase c) {
    Optional<StaffMember> assignee =
        c.currentStep()
            .map(CaseStep::getAssignee)
            .or(() -> Optional.ofNullable(c.getCurrentAssignee()));
    if (assignee.isPresent() && assignee.get().getAccount().getEmail() != null) {
      return List.of(assignee.get().getAccount().getEmail());
    }
    return inDepartment(c.getDepartment(), Position.CLERK);
  }

  public List<String> inDepartment(Department department, Position position) {
    return addresses(
        "SELECT a.email FROM staff_member s JOIN user_account a ON a.id = s.account_id"
            + " WHERE s.department_id = ?1 AND s.positions LIKE ?2 AND a.active = TRUE"
            + " AND a.email IS NOT NULL ORDER BY a.email",
        department.getId(),
        "%" + position.name() + "%");
  }

  public List<String> supervisors() {
    return addresses(
        "SELECT a.email FROM staff_member s JOIN user_account a ON a.id = s.account_id"
            + " WHERE s.positions LIKE ?1 AND a.active = TRUE AND a.email IS NOT NULL"
            + " ORDER BY a.email",
        "%" + Position.SUPERVISOR.name() + "%");
  }

  /** The address of a staff member by login name, if they have one. */
  public Optional<String> ofUser(String username) {
    return addresses(
            "SELECT a.email FROM user_account a WHERE a.username = ?1 AND a.email IS NOT NULL",
            username)
        .stream()
        .findFirst();
  }

  @SuppressWarnings("unchecked")
  private List<String> addresses(String sql, Object... parameters) {
    jakarta.persistence.Query query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return ((List<Object>) query.getResultList()).stream().map(String::valueOf).distinct().toList();
  }
}
