package gov.approval.batch.evaluation;

import gov.approval.evaluation.boundary.EvaluationScoring;
import gov.approval.evaluation.boundary.ScoreDraft;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Stores a chunk of scores in the chunk's transaction. */
@Named
@Dependent
public class MonthlyEvaluationWriter extends AbstractItemWriter {

  @Inject EvaluationScoring scoring;

  @Override
  public void writeItems(List<Object> items) {
    scoring.store(items.stream().map(ScoreDraft.class::cast).toList());
  }
}
