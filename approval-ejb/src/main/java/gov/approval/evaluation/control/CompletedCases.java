package gov.approval.evaluation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

/**
 * The cases a subject completed (办结) in a month: a department's by its cases, a staff member's by
 * the cases they accepted, since the window clerk is who the applicant met.
 */
@Dependent
public class CompletedCases {

  @PersistenceContext EntityManager em;

  public List<CompletedCase> of(Subject subject, MonthWindow month) {
    String jpql =
        "SELECT NEW gov.approval.evaluation.control.CompletedCase(c.id, c.completedAt,"
            + " c.dueOn) FROM ApprovalCase c WHERE c.department.id = :department"
            + " AND c.completedAt >= :from AND c.completedAt < :to"
            + (subject.isStaff() ? " AND c.acceptedBy = :username" : "")
            + " ORDER BY c.id";
    TypedQuery<CompletedCase> query =
        em.createQuery(jpql, CompletedCase.class)
            .setParameter("department", subject.departmentId())
            .setParameter("from", month.from())
            .setParameter("to", month.to());
    if (subject.isStaff()) {
      query.setParameter("username", subject.username());
    }
    return query.getResultList();
  }
}
