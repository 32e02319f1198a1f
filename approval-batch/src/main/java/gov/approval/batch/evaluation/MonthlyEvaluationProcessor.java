package gov.approval.batch.evaluation;

import gov.approval.evaluation.boundary.EvaluationScoring;
import gov.approval.evaluation.control.Subject;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;

/** Computes one subject's score under the month's rule version. */
@Named
@Dependent
public class MonthlyEvaluationProcessor implements ItemProcessor {

  @Inject EvaluationScoring scoring;

  @Inject
  @BatchProperty(name = "month")
  String month;

  @Override
  public Object processItem(Object item) {
    return scoring.compute(YearMonth.parse(month), (Subject) item);
  }
}
