package gov.approval.evaluation.boundary;

import gov.approval.evaluation.entity.RuleVersion;
import java.time.YearMonth;
import java.util.List;

/** A rule version with its lines. */
public record RuleVersionRow(
    long id, YearMonth validFrom, String note, String createdBy, List<IndicatorLine> lines) {

  static RuleVersionRow of(RuleVersion v) {
    return new RuleVersionRow(
        v.getId(),
        v.getValidFromMonth(),
        v.getNote(),
        v.getCreatedBy(),
        v.getIndicators().stream().map(IndicatorLine::of).toList());
  }
}
