package gov.approval.evaluation.boundary;

import gov.approval.evaluation.control.Measurements;
import gov.approval.evaluation.control.MonthWindow;
import gov.approval.evaluation.control.Subject;
import gov.approval.evaluation.entity.Indicator;
import gov.approval.evaluation.entity.Measure;
import gov.approval.evaluation.entity.RuleVersion;
import gov.approval.identity.entity.Roles;
import gov.approval.platform.boundary.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Assessment rules as data (考核规则): versions valid from a month, each a list of indicators with
 * weights and declared normalisations. Versions are added, never edited, so past scores stay
 * explainable by the rules they were computed with.
 */
@Stateless
@RolesAllowed(Roles.EVALUATION_MANAGE)
public class AssessmentRules {

  @PersistenceContext EntityManager em;

  @Inject Measurements measurements;

  @Inject Clock clock;

  @Resource SessionContext session;

  public List<RuleVersionRow> versions() {
    return em.createNamedQuery("RuleVersion.all", RuleVersion.class).getResultList().stream()
        .map(RuleVersionRow::of)
        .toList();
  }

  /** The indicators that have a source and may appear in a rule. */
  public Set<Indicator> measurable() {
    return measurements.measurable();
  }

  /**
   * What {@code indicators} measure for a department in {@code month}, before any rule weighs them:
   * the raw values and the cases behind them, to check a rule version against real data.
   */
  public Map<Indicator, Measure> preview(
      long departmentId, @NotNull YearMonth month, @NotNull Set<Indicator> indicators) {
    return measurements.measure(
        indicators, Subject.department(departmentId), MonthWindow.of(month));
  }

  /** A new version from {@code validFrom}; one version per month. */
  public RuleVersionRow create(
      @NotNull YearMonth validFrom,
      @Size(max = RuleVersion.NOTE_LENGTH) String note,
      @NotNull List<@Valid IndicatorLine> lines) {
    if (!em.createNamedQuery("RuleVersion.findByValidFrom", RuleVersion.class)
        .setParameter("validFrom", validFrom.atDay(1))
        .getResultList()
        .isEmpty()) {
      throw new BusinessException("evaluation.rules.monthTaken", validFrom.toString());
    }
    RuleVersion version =
        new RuleVersion(
            validFrom,
            note,
            lines.stream().map(IndicatorLine::toRule).toList(),
            measurements.measurable(),
            session.getCallerPrincipal().getName(),
            clock.instant());
    em.persist(version);
    em.flush();
    return RuleVersionRow.of(version);
  }

  /** The version that scores {@code month}. */
  public Optional<RuleVersionRow> validIn(@NotNull YearMonth month) {
    return em.createNamedQuery("RuleVersion.validIn", RuleVersion.class)
        .setParameter("monthStart", month.atDay(1))
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(RuleVersionRow::of);
  }
}
