package gov.approval.evaluation.entity;

import gov.approval.organisation.entity.Department;
import gov.approval.organisation.entity.StaffMember;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A department's or staff member's score for one month under one rule version, with its components
 * and the cases and ratings behind each. The monthly job replaces a month's scores as a whole.
 */
@Entity
@Table(name = "evaluation_score")
@NamedQuery(
    name = "Score.ofMonth",
    query =
        "SELECT s FROM Score s JOIN FETCH s.department LEFT JOIN FETCH s.staff"
            + " WHERE s.monthStart = :monthStart AND s.kind = :kind ORDER BY s.total DESC, s.id")
@NamedQuery(
    name = "Score.inPeriod",
    query =
        "SELECT s FROM Score s JOIN FETCH s.department LEFT JOIN FETCH s.staff"
            + " WHERE s.monthStart BETWEEN :first AND :last AND s.kind = :kind"
            + " ORDER BY s.monthStart, s.id")
@NamedQuery(
    name = "Score.idsOfMonth",
    query = "SELECT s.id FROM Score s WHERE s.monthStart = :monthStart")
public class Score {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "month_start", nullable = false, updatable = false)
  private java.time.LocalDate monthStart;

  @Enumerated(EnumType.STRING)
  @Column(name = "subject_kind", nullable = false, updatable = false, length = 12)
  private SubjectKind kind;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "department_id", nullable = false, updatable = false)
  private Department department;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "staff_id", updatable = false)
  private StaffMember staff;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "rule_version_id", nullable = false, updatable = false)
  private RuleVersion rules;

  @Column(name = "case_count", nullable = false, updatable = false)
  private int caseCount;

  @Column(nullable = false, updatable = false, precision = 7, scale = 2)
  private BigDecimal total;

  @Column(name = "computed_at", nullable = false, updatable = false)
  private Instant computedAt;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(
      name = "evaluation_score_component",
      joinColumns = @JoinColumn(name = "score_id"))
  @OrderColumn(name = "position")
  private List<ScoreComponent> components = new ArrayList<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "evaluation_score_evidence", joinColumns = @JoinColumn(name = "score_id"))
  private List<ScoreEvidence> evidence = new ArrayList<>();

  protected Score() {}

  public Score(
      YearMonth month,
      SubjectKind kind,
      Department department,
      StaffMember staff,
      RuleVersion rules,
      int caseCount,
      ScoreFormula.Result result,
      Map<Indicator, Measure> measures,
      Instant now) {
    this.monthStart = month.atDay(1);
    this.kind = kind;
    this.department = department;
    this.staff = staff;
    this.rules = rules;
    this.caseCount = caseCount;
    this.total = result.total();
    this.computedAt = now;
    result.lines().forEach(line -> components.add(new ScoreComponent(line)));
    for (ScoreFormula.Line line : result.lines()) {
      Measure m = measures.getOrDefault(line.indicator(), Measure.none());
      m.caseIds().forEach(c -> evidence.add(new ScoreEvidence(line.indicator(), c, null, null)));
      m.ratingIds().forEach(r -> evidence.add(new ScoreEvidence(line.indicator(), null, r, null)));
      m.complaintIds()
          .forEach(c -> evidence.add(new ScoreEvidence(line.indicator(), null, null, c)));
    }
  }

  public Long getId() {
    return id;
  }

  public YearMonth getMonth() {
    return YearMonth.from(monthStart);
  }

  public SubjectKind getKind() {
    return kind;
  }

  public Department getDepartment() {
    return department;
  }

  public StaffMember getStaff() {
    return staff;
  }

  public RuleVersion getRules() {
    return rules;
  }

  public int getCaseCount() {
    return caseCount;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public List<ScoreComponent> getComponents() {
    return List.copyOf(components);
  }

  public List<ScoreEvidence> getEvidence() {
    return List.copyOf(evidence);
  }
}
