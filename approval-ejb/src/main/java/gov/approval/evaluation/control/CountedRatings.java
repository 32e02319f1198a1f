package gov.approval.evaluation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

/** The ratings that count for a subject in a month: given in it and not removed by an appeal. */
@Dependent
public class CountedRatings {

  @PersistenceContext EntityManager em;

  public List<CountedRating> of(Subject subject, MonthWindow month) {
    String jpql =
        "SELECT NEW gov.approval.evaluation.control.CountedRating(r.id, r.level)"
            + " FROM Rating r WHERE r.department.id = :department"
            + " AND r.ratedOn BETWEEN :first AND :last AND r.excluded = FALSE"
            + (subject.isStaff() ? " AND r.staff.id = :staff" : "")
            + " ORDER BY r.id";
    TypedQuery<CountedRating> query =
        em.createQuery(jpql, CountedRating.class)
            .setParameter("department", subject.departmentId())
            .setParameter("first", month.first())
            .setParameter("last", month.last());
    if (subject.isStaff()) {
      query.setParameter("staff", subject.staffId());
    }
    return query.getResultList();
  }
}
