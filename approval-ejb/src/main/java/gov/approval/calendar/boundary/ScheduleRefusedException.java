package gov.approval.calendar.boundary;

import gov.approval.calendar.entity.ScheduleProblem;
import gov.approval.platform.boundary.BusinessException;
import jakarta.ejb.ApplicationException;
import java.io.Serial;
import java.util.List;

/** An imported schedule has problems: nothing was changed, and every problem is listed by line. */
@ApplicationException(rollback = true)
public class ScheduleRefusedException extends BusinessException {

  @Serial private static final long serialVersionUID = 1L;

  private final List<ScheduleProblem> problems;

  public ScheduleRefusedException(List<ScheduleProblem> problems) {
    super("calendar.import.refused", problems.size());
    this.problems = List.copyOf(problems);
  }

  public List<ScheduleProblem> getProblems() {
    return problems;
  }
}
