package gov.approval.batch.evaluation;

import gov.approval.evaluation.boundary.EvaluationScoring;
import gov.approval.evaluation.control.Subject;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

/**
 * Reads the month's subjects (departments, then staff). The list is read once at open; the
 * checkpoint is the position in it, so a restart continues where the last chunk committed.
 */
@Named
@Dependent
public class MonthlyEvaluationReader extends AbstractItemReader {

  @Inject EvaluationScoring scoring;

  @Inject
  @BatchProperty(name = "month")
  String month;

  private List<Subject> subjects;

  private int next;

  @Override
  public void open(Serializable checkpoint) {
    subjects = scoring.subjects(YearMonth.parse(month));
    next = checkpoint == null ? 0 : (Integer) checkpoint;
  }

  @Override
  public Object readItem() {
    return next < subjects.size() ? subjects.get(next++) : null;
  }

  @Override
  public Serializable checkpointInfo() {
    return next;
  }
}
