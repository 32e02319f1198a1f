package gov.approval.complaints.boundary;

import gov.approval.complaints.entity.ComplaintStatus;
import java.time.LocalDate;

/** The staff list's filters; absent ones are left out. {@code dueBefore} finds overdue ones. */
public record ComplaintFilter(ComplaintStatus status, Long departmentId, LocalDate dueBefore) {

  public static ComplaintFilter none() {
    return new ComplaintFilter(null, null, null);
  }
}
