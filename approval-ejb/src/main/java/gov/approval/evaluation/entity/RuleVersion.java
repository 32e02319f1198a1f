package gov.approval.evaluation.entity;

import gov.approval.platform.boundary.BusinessException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A version of the assessment rules, valid from the first day of a month until the next version: a
 * month is always scored with the version valid in it, so changing the rules never rewrites past
 * months. Versions are never edited; a change is a new version.
 */
@Entity
@Table(name = "evaluation_rule_version")
@NamedQuery(
    name = "RuleVersion.validIn",
    query =
        "SELECT v FROM RuleVersion v WHERE v.validFrom <= :monthStart ORDER BY v.validFrom DESC")
@NamedQuery(
    name = "RuleVersion.findByValidFrom",
    query = "SELECT v FROM RuleVersion v WHERE v.validFrom = :validFrom")
@NamedQuery(name = "RuleVersion.all", query = "SELECT v FROM RuleVersion v ORDER BY v.validFrom")
public class RuleVersion {

  public static final int NOTE_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "valid_from", nullable = false, updatable = false, unique = true)
  private LocalDate validFrom;

  @Column(length = NOTE_LENGTH, updatable = false)
  private String note;

  @Column(name = "created_by", nullable = false, updatable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "evaluation_rule_indicator",
      joinColumns = @JoinColumn(name = "rule_version_id"))
  @OrderColumn(name = "position")
  private List<IndicatorRule> indicators = new ArrayList<>();

  protected RuleVersion() {}

  /**
   * A new version from {@code month}; refuses an empty rule, a repeated indicator, a weight that is
   * not positive, an indicator without a source, and a line whose worst equals its best.
   */
  public RuleVersion(
      YearMonth month,
      String note,
      List<IndicatorRule> rules,
      Set<Indicator> measurable,
      String createdBy,
      Instant now) {
    if (rules == null || rules.isEmpty()) {
      throw new BusinessException("evaluation.rules.empty");
    }
    Set<Indicator> seen = EnumSet.noneOf(Indicator.class);
    for (IndicatorRule rule : rules) {
      if (!seen.add(rule.getIndicator())) {
        throw new BusinessException("evaluation.rules.repeated", rule.getIndicator().name());
      }
      if (rule.getWeight() <= 0) {
        throw new BusinessException("evaluation.rules.weight", rule.getIndicator().name());
      }
      if (rule.getWorst().compareTo(rule.getBest()) == 0) {
        throw new BusinessException("evaluation.rules.flat", rule.getIndicator().name());
      }
      if (!measurable.contains(rule.getIndicator())) {
        throw new BusinessException("evaluation.rules.noSource", rule.getIndicator().name());
      }
    }
    this.validFrom = month.atDay(1);
    this.note = note == null || note.isBlank() ? null : note.strip();
    this.indicators = new ArrayList<>(rules);
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public YearMonth getValidFromMonth() {
    return YearMonth.from(validFrom);
  }

  public String getNote() {
    return note;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public List<IndicatorRule> getIndicators() {
    return List.copyOf(indicators);
  }
}
