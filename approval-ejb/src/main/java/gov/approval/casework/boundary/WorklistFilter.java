package gov.approval.casework.boundary;

import gov.approval.casework.entity.CaseStatus;
import java.time.LocalDate;
import java.util.Set;

/**
 * What a staff worklist shows: only the caller's tasks or the section's cases; the statuses (empty:
 * every open one); cases due on or before a day; a department (only for those who see all). The
 * page's search text matches the case number or the applicant's name.
 */
public record WorklistFilter(
    boolean myTasksOnly, Set<CaseStatus> statuses, LocalDate dueBy, Long departmentId) {

  public WorklistFilter {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
  }

  public static WorklistFilter section() {
    return new WorklistFilter(false, Set.of(), null, null);
  }
}
