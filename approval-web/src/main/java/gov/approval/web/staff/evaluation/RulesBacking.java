package gov.approval.web.staff.evaluation;

import gov.approval.evaluation.boundary.AssessmentRules;
import gov.approval.evaluation.boundary.IndicatorLine;
import gov.approval.evaluation.boundary.RuleVersionRow;
import gov.approval.evaluation.entity.Indicator;
import gov.approval.evaluation.entity.Normalisation;
import gov.approval.web.i18n.Texts;
import gov.approval.web.shell.Attempt;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code /staff/evaluation/rules.xhtml}: the assessment rule versions, and a new version valid from
 * a month, prefilled from the latest one. Only indicators with a data source are offered.
 */
@Named
@ViewScoped
public class RulesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient AssessmentRules rules;

  private List<RuleVersionRow> versions;
  private String validFrom;
  private String note;
  private List<EditableLine> lines;

  /** One editable indicator line; unused lines stay in the form with {@code used} off. */
  public static class EditableLine implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Indicator indicator;
    private boolean used;
    private int weight;
    private BigDecimal worst;
    private BigDecimal best;

    EditableLine(Indicator indicator, boolean used, int weight, BigDecimal worst, BigDecimal best) {
      this.indicator = indicator;
      this.used = used;
      this.weight = weight;
      this.worst = worst;
      this.best = best;
    }

    public Indicator getIndicator() {
      return indicator;
    }

    public boolean isUsed() {
      return used;
    }

    public void setUsed(boolean used) {
      this.used = used;
    }

    public int getWeight() {
      return weight;
    }

    public void setWeight(int weight) {
      this.weight = weight;
    }

    public BigDecimal getWorst() {
      return worst;
    }

    public void setWorst(BigDecimal worst) {
      this.worst = worst;
    }

    public BigDecimal getBest() {
      return best;
    }

    public void setBest(BigDecimal best) {
      this.best = best;
    }
  }

  public void load() {
    versions = rules.versions();
    validFrom = YearMonth.now().plusMonths(1).toString();
    Set<Indicator> measurable = rules.measurable();
    RuleVersionRow latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
    lines = new ArrayList<>();
    for (Indicator indicator : Indicator.values()) {
      if (!measurable.contains(indicator)) {
        continue;
      }
      IndicatorLine existing =
          latest == null
              ? null
              : latest.lines().stream()
                  .filter(l -> l.indicator() == indicator)
                  .findFirst()
                  .orElse(null);
      lines.add(
          existing != null
              ? new EditableLine(
                  indicator, true, existing.weight(), existing.worst(), existing.best())
              : defaults(indicator));
    }
  }

  /** Sensible starting points: rates 60 → 100 %, satisfaction 1 → 5, bad reviews 10 → 0. */
  private static EditableLine defaults(Indicator indicator) {
    return switch (indicator) {
      case SATISFACTION ->
          new EditableLine(indicator, true, 30, BigDecimal.ONE, BigDecimal.valueOf(5));
      case BAD_REVIEWS_PER_100 ->
          new EditableLine(indicator, true, 20, BigDecimal.TEN, BigDecimal.ZERO);
      case EARLY_COMPLETION_RATE ->
          new EditableLine(indicator, true, 10, BigDecimal.ZERO, BigDecimal.valueOf(100));
      default ->
          new EditableLine(indicator, true, 40, BigDecimal.valueOf(60), BigDecimal.valueOf(100));
    };
  }

  public void create() {
    YearMonth month;
    try {
      month = YearMonth.parse(validFrom.strip());
    } catch (DateTimeParseException | NullPointerException e) {
      Texts.error("staff_evaluation_rules.badMonth", validFrom);
      return;
    }
    List<IndicatorLine> chosen =
        lines.stream()
            .filter(EditableLine::isUsed)
            .map(
                l ->
                    new IndicatorLine(
                        l.getIndicator(),
                        l.getWeight(),
                        Normalisation.LINEAR,
                        l.getWorst(),
                        l.getBest()))
            .toList();
    if (Attempt.get(() -> rules.create(month, note, chosen)) != null) {
      Texts.info("app.saved");
      load();
    }
  }

  public List<RuleVersionRow> getVersions() {
    return versions;
  }

  public List<EditableLine> getLines() {
    return lines;
  }

  public String getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(String validFrom) {
    this.validFrom = validFrom;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
