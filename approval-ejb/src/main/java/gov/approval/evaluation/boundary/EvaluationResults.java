package gov.approval.evaluation.boundary;

import gov.approval.evaluation.entity.Score;
import gov.approval.evaluation.entity.ScoreComponent;
import gov.approval.evaluation.entity.ScoreEvidence;
import gov.approval.evaluation.entity.SubjectKind;
import gov.approval.identity.entity.Roles;
import gov.approval.platform.boundary.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The results of the monthly scoring: rankings of departments and staff by month, and each score's
 * components with the cases and ratings behind them.
 */
@Stateless
@RolesAllowed({Roles.EVALUATION_MANAGE, Roles.SUPERVISE, Roles.DEPARTMENT_MANAGE})
public class EvaluationResults {

  @PersistenceContext EntityManager em;

  @jakarta.annotation.Resource jakarta.ejb.SessionContext session;

  @jakarta.inject.Inject gov.approval.organisation.control.ActingStaff staff;

  /**
   * Department heads see departments' totals (as published to citizens) but only their own staff
   * and their own scores' evidence; supervisors and the assessment office see everything.
   */
  private java.util.Optional<Long> confinedTo() {
    if (session.isCallerInRole(Roles.EVALUATION_MANAGE)
        || session.isCallerInRole(Roles.SUPERVISE)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(staff.get().getDepartment().getId());
  }

  private boolean visible(ScoreRow row, java.util.Optional<Long> department) {
    return row.kind() == SubjectKind.DEPARTMENT
        || department.isEmpty()
        || department.get() == row.departmentId();
  }

  /** The month's ranking, best first. */
  public List<ScoreRow> ranking(@NotNull YearMonth month, @NotNull SubjectKind kind) {
    java.util.Optional<Long> department = confinedTo();
    return em
        .createNamedQuery("Score.ofMonth", Score.class)
        .setParameter("monthStart", month.atDay(1))
        .setParameter("kind", kind)
        .getResultList()
        .stream()
        .map(EvaluationResults::row)
        .filter(r -> visible(r, department))
        .toList();
  }

  /**
   * The ranking of a period (a quarter, a year): each subject's mean monthly total over the months
   * it was scored in, two decimals, with its cases summed; best first. Its id is the subject's
   * latest score, to drill down from.
   */
  public List<ScoreRow> ranking(
      @NotNull YearMonth from, @NotNull YearMonth to, @NotNull SubjectKind kind) {
    Map<String, List<ScoreRow>> bySubject = new java.util.LinkedHashMap<>();
    for (ScoreRow row : scores(from, to, kind)) {
      String key = row.departmentId() + "/" + row.staffId();
      bySubject.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(row);
    }
    return bySubject.values().stream()
        .map(
            rows -> {
              ScoreRow last = rows.get(rows.size() - 1);
              java.math.BigDecimal sum =
                  rows.stream()
                      .map(ScoreRow::total)
                      .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
              return new ScoreRow(
                  last.id(),
                  last.month(),
                  kind,
                  last.departmentId(),
                  last.departmentName(),
                  last.staffId(),
                  last.staffName(),
                  rows.stream().mapToInt(ScoreRow::caseCount).sum(),
                  sum.divide(
                      java.math.BigDecimal.valueOf(rows.size()),
                      2,
                      java.math.RoundingMode.HALF_UP));
            })
        .sorted(java.util.Comparator.comparing(ScoreRow::total).reversed())
        .toList();
  }

  /** Every monthly score of the period, month by month: the trend charts' data. */
  public List<ScoreRow> scores(
      @NotNull YearMonth from, @NotNull YearMonth to, @NotNull SubjectKind kind) {
    java.util.Optional<Long> department = confinedTo();
    return em
        .createNamedQuery("Score.inPeriod", Score.class)
        .setParameter("first", from.atDay(1))
        .setParameter("last", to.atDay(1))
        .setParameter("kind", kind)
        .getResultList()
        .stream()
        .map(EvaluationResults::row)
        .filter(r -> visible(r, department))
        .toList();
  }

  public ScoreDetail detail(long scoreId) {
    Score s = em.find(Score.class, scoreId);
    java.util.Optional<Long> department = confinedTo();
    if (s == null
        || (department.isPresent() && !department.get().equals(s.getDepartment().getId()))) {
      throw new NotFoundException("Score", scoreId);
    }
    List<Long> caseIds =
        s.getEvidence().stream().map(ScoreEvidence::getCaseId).filter(Objects::nonNull).toList();
    Map<Long, String> numbers = new HashMap<>();
    if (!caseIds.isEmpty()) {
      em.createQuery("SELECT c.id, c.number FROM ApprovalCase c WHERE c.id IN :ids", Object[].class)
          .setParameter("ids", caseIds)
          .getResultList()
          .forEach(r -> numbers.put((Long) r[0], (String) r[1]));
    }
    List<Long> complaintIds =
        s.getEvidence().stream()
            .map(ScoreEvidence::getComplaintId)
            .filter(Objects::nonNull)
            .toList();
    Map<Long, String> complaintNumbers = new HashMap<>();
    if (!complaintIds.isEmpty()) {
      em.createQuery("SELECT c.id, c.number FROM Complaint c WHERE c.id IN :ids", Object[].class)
          .setParameter("ids", complaintIds)
          .getResultList()
          .forEach(r -> complaintNumbers.put((Long) r[0], (String) r[1]));
    }
    List<ScoreDetail.Component> components =
        s.getComponents().stream()
            .map(
                (ScoreComponent c) ->
                    new ScoreDetail.Component(
                        c.getIndicator(),
                        c.isAvailable(),
                        c.getRaw(),
                        c.getNormalised(),
                        c.getWeight(),
                        s.getEvidence().stream()
                            .filter(
                                e -> e.getIndicator() == c.getIndicator() && e.getCaseId() != null)
                            .map(e -> numbers.get(e.getCaseId()))
                            .toList(),
                        s.getEvidence().stream()
                            .filter(
                                e ->
                                    e.getIndicator() == c.getIndicator() && e.getRatingId() != null)
                            .map(ScoreEvidence::getRatingId)
                            .toList(),
                        s.getEvidence().stream()
                            .filter(
                                e ->
                                    e.getIndicator() == c.getIndicator()
                                        && e.getComplaintId() != null)
                            .map(e -> complaintNumbers.get(e.getComplaintId()))
                            .toList()))
            .toList();
    return new ScoreDetail(
        row(s),
        new ScoreDetail.YearMonthRules(
            s.getRules().getId(), s.getRules().getValidFromMonth().toString()),
        components);
  }

  static ScoreRow row(Score s) {
    return new ScoreRow(
        s.getId(),
        s.getMonth(),
        s.getKind(),
        s.getDepartment().getId(),
        s.getDepartment().getName(),
        s.getStaff() == null ? null : s.getStaff().getId(),
        s.getStaff() == null ? null : s.getStaff().getName(),
        s.getCaseCount(),
        s.getTotal());
  }
}
