package gov.approval.evaluation.control;

import gov.approval.evaluation.entity.SubjectKind;
import java.io.Serializable;

/** Who is scored: a department, or a staff member (with their department). */
public record Subject(SubjectKind kind, long departmentId, Long staffId, String username)
    implements Serializable {

  public static Subject department(long departmentId) {
    return new Subject(SubjectKind.DEPARTMENT, departmentId, null, null);
  }

  public static Subject staff(long departmentId, long staffId, String username) {
    return new Subject(SubjectKind.STAFF, departmentId, staffId, username);
  }

  public boolean isStaff() {
    return kind == SubjectKind.STAFF;
  }
}
