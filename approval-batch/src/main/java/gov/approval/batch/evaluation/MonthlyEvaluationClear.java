package gov.approval.batch.evaluation;

import gov.approval.evaluation.boundary.EvaluationScoring;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;

/** Removes the month's scores before they are computed again. */
@Named
@Dependent
public class MonthlyEvaluationClear extends AbstractBatchlet {

  @Inject EvaluationScoring scoring;

  @Inject
  @BatchProperty(name = "month")
  String month;

  @Override
  public String process() {
    int removed = scoring.clear(YearMonth.parse(month));
    return "CLEARED " + removed;
  }
}
