package gov.approval.catalogue.boundary;

import gov.approval.platform.boundary.BusinessException;
import jakarta.ejb.ApplicationException;
import java.io.Serial;
import java.util.List;

/**
 * A catalogue import refused whole: nothing was saved, and {@link #getProblems()} lists every bad
 * row with its column and message, in sheet and row order.
 */
@ApplicationException(rollback = true)
public class ImportRefusedException extends BusinessException {

  @Serial private static final long serialVersionUID = 1L;

  private final transient List<ImportProblem> problems;

  public ImportRefusedException(List<ImportProblem> problems) {
    super("catalogue.import.refused", problems.size());
    this.problems = List.copyOf(problems);
  }

  public List<ImportProblem> getProblems() {
    return problems;
  }
}
