package gov.approval.batch.evaluation;

import gov.approval.evaluation.boundary.EvaluationScoring;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;

/** After scoring: interviews for the month's three lowest departments, mailed to their heads. */
@Named
@Dependent
public class MonthlyEvaluationBottomThree extends AbstractBatchlet {

  @Inject EvaluationScoring scoring;

  @Inject
  @BatchProperty(name = "month")
  String month;

  @Inject
  @BatchProperty(name = "minCases")
  String minCases;

  @Override
  public String process() {
    Integer minimum = minCases == null || minCases.isBlank() ? null : Integer.valueOf(minCases);
    return "INTERVIEWS " + scoring.callInBottomThree(YearMonth.parse(month), minimum);
  }
}
