package gov.approval.evaluation.boundary;

import gov.approval.evaluation.entity.RatingLevel;
import gov.approval.evaluation.entity.TicketStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The public department-level summary of citizen ratings (好差评公示) for the portal: counts only, per
 * department, never a person or a comment.
 */
@Stateless
@PermitAll
public class PublicRatings {

  @PersistenceContext EntityManager em;

  /** Ratings given from the first day of {@code from} to the last of {@code to}, by department. */
  public List<DepartmentRatings> summary(@NotNull YearMonth from, @NotNull YearMonth to) {
    Map<String, long[]> counts = new TreeMap<>();
    em.createQuery(
            "SELECT r.department.name, r.level, COUNT(r) FROM Rating r WHERE r.excluded = FALSE"
                + " AND r.ratedOn BETWEEN :first AND :last GROUP BY r.department.name, r.level",
            Object[].class)
        .setParameter("first", from.atDay(1))
        .setParameter("last", to.atEndOfMonth())
        .getResultList()
        .forEach(
            row -> {
              long[] c = counts.computeIfAbsent((String) row[0], k -> new long[3]);
              long n = ((Number) row[2]).longValue();
              c[0] += n;
              if (((RatingLevel) row[1]).isBad()) {
                c[1] += n;
              } else {
                c[2] += n;
              }
            });
    Map<String, Long> rectified = new HashMap<>();
    em.createQuery(
            "SELECT t.department.name, COUNT(t) FROM RectificationTicket t JOIN t.rating r"
                + " WHERE t.status = :rectified AND r.excluded = FALSE"
                + " AND r.ratedOn BETWEEN :first AND :last GROUP BY t.department.name",
            Object[].class)
        .setParameter("rectified", TicketStatus.RECTIFIED)
        .setParameter("first", from.atDay(1))
        .setParameter("last", to.atEndOfMonth())
        .getResultList()
        .forEach(row -> rectified.put((String) row[0], ((Number) row[1]).longValue()));
    List<DepartmentRatings> summary = new ArrayList<>();
    counts.forEach(
        (name, c) ->
            summary.add(
                new DepartmentRatings(
                    name,
                    c[0],
                    BigDecimal.valueOf(c[2] * 100)
                        .divide(BigDecimal.valueOf(c[0]), 1, RoundingMode.HALF_UP),
                    c[1],
                    rectified.getOrDefault(name, 0L))));
    return summary;
  }
}
