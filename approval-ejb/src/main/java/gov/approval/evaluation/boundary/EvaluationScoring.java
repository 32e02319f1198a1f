package gov.approval.evaluation.boundary;

import gov.approval.evaluation.control.CompletedCases;
import gov.approval.evaluation.control.Measurements;
import gov.approval.evaluation.control.MonthWindow;
import gov.approval.evaluation.control.Subject;
import gov.approval.evaluation.entity.Indicator;
import gov.approval.evaluation.entity.IndicatorRule;
import gov.approval.evaluation.entity.Measure;
import gov.approval.evaluation.entity.RuleVersion;
import gov.approval.evaluation.entity.Score;
import gov.approval.evaluation.entity.ScoreFormula;
import gov.approval.organisation.entity.Department;
import gov.approval.organisation.entity.StaffMember;
import gov.approval.platform.boundary.BusinessException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The steps of the monthly scoring job (monthly-evaluation): clear the month, list who is scored,
 * compute each score under the rule version valid in that month, store them. Its callers are batch
 * steps, which run without a caller identity, so it is open to any caller; what it computes is
 * fully determined by the month's data, and the web module never calls it (pages start the job
 * through the batch module's {@code EvaluationJobs}, which checks the role).
 */
@Stateless
@PermitAll
public class EvaluationScoring {

  @PersistenceContext EntityManager em;

  @Inject Measurements measurements;

  @Inject CompletedCases completed;

  @Inject Clock clock;

  @Inject gov.approval.evaluation.control.BottomThree bottomThree;

  /**
   * After the month is scored: interviews (约谈) for its three lowest departments with at least
   * {@code minCases} completed cases (the configured minimum when null); returns how many were
   * created.
   */
  public int callInBottomThree(@NotNull YearMonth month, Integer minCases) {
    return bottomThree.callIn(month, minCases == null ? bottomThree.defaultMinCases() : minCases);
  }

  /** Removes every score of {@code month}, so a re-run replaces the month exactly. */
  public int clear(@NotNull YearMonth month) {
    var start = month.atDay(1);
    String scores = "(SELECT id FROM evaluation_score WHERE month_start = ?1)";
    em.createNativeQuery("DELETE FROM evaluation_score_evidence WHERE score_id IN " + scores)
        .setParameter(1, start)
        .executeUpdate();
    em.createNativeQuery("DELETE FROM evaluation_score_component WHERE score_id IN " + scores)
        .setParameter(1, start)
        .executeUpdate();
    int removed =
        em.createNativeQuery("DELETE FROM evaluation_score WHERE month_start = ?1")
            .setParameter(1, start)
            .executeUpdate();
    em.getEntityManagerFactory().getCache().evict(Score.class);
    return removed;
  }

  /**
   * Who is scored for {@code month}: every department and staff member with a case completed or a
   * rating given in it, departments first.
   */
  public List<Subject> subjects(@NotNull YearMonth month) {
    MonthWindow w = MonthWindow.of(month);
    Set<Long> departments = new LinkedHashSet<>();
    departments.addAll(
        em.createQuery(
                "SELECT DISTINCT c.department.id FROM ApprovalCase c"
                    + " WHERE c.completedAt >= :from AND c.completedAt < :to",
                Long.class)
            .setParameter("from", w.from())
            .setParameter("to", w.to())
            .getResultList());
    departments.addAll(
        em.createQuery(
                "SELECT DISTINCT r.department.id FROM Rating r"
                    + " WHERE r.ratedOn BETWEEN :first AND :last",
                Long.class)
            .setParameter("first", w.first())
            .setParameter("last", w.last())
            .getResultList());
    List<Subject> subjects = new ArrayList<>();
    departments.stream().sorted().forEach(d -> subjects.add(Subject.department(d)));
    Set<Subject> staff = new LinkedHashSet<>();
    em.createQuery(
            "SELECT DISTINCT s.department.id, s.id, a.username FROM StaffMember s JOIN s.account a,"
                + " ApprovalCase c WHERE c.acceptedBy = a.username"
                + " AND c.department = s.department"
                + " AND c.completedAt >= :from AND c.completedAt < :to",
            Object[].class)
        .setParameter("from", w.from())
        .setParameter("to", w.to())
        .getResultList()
        .forEach(row -> staff.add(Subject.staff((Long) row[0], (Long) row[1], (String) row[2])));
    em.createQuery(
            "SELECT DISTINCT s.department.id, s.id, a.username FROM Rating r JOIN r.staff s"
                + " JOIN s.account a WHERE r.ratedOn BETWEEN :first AND :last",
            Object[].class)
        .setParameter("first", w.first())
        .setParameter("last", w.last())
        .getResultList()
        .forEach(row -> staff.add(Subject.staff((Long) row[0], (Long) row[1], (String) row[2])));
    staff.stream().sorted(java.util.Comparator.comparing(Subject::staffId)).forEach(subjects::add);
    return subjects;
  }

  /** One subject's score for {@code month}, not stored. */
  public ScoreDraft compute(@NotNull YearMonth month, @NotNull Subject subject) {
    RuleVersion rules = rulesFor(month);
    MonthWindow w = MonthWindow.of(month);
    Set<Indicator> wanted = EnumSet.noneOf(Indicator.class);
    rules.getIndicators().forEach(r -> wanted.add(r.getIndicator()));
    Map<Indicator, Measure> measures = measurements.measure(wanted, subject, w);
    List<IndicatorRule> lines = rules.getIndicators();
    ScoreFormula.Result result = ScoreFormula.score(lines, measures);
    int cases = completed.of(subject, w).size();
    return new ScoreDraft(month, subject, rules.getId(), cases, result, measures);
  }

  public void store(@NotNull List<ScoreDraft> drafts) {
    for (ScoreDraft d : drafts) {
      em.persist(
          new Score(
              d.month(),
              d.subject().kind(),
              em.getReference(Department.class, d.subject().departmentId()),
              d.subject().staffId() == null
                  ? null
                  : em.getReference(StaffMember.class, d.subject().staffId()),
              em.getReference(RuleVersion.class, d.ruleVersionId()),
              d.caseCount(),
              d.result(),
              d.measures(),
              clock.instant()));
    }
  }

  private RuleVersion rulesFor(YearMonth month) {
    return em.createNamedQuery("RuleVersion.validIn", RuleVersion.class)
        .setParameter("monthStart", month.atDay(1))
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new BusinessException("evaluation.rules.none", month.toString()));
  }
}
