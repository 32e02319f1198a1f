package gov.approval.evaluation.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A staff member's profile page in the evaluation's terms: who they are, their training records and
 * whether they signed each work rule of their hall (the seed's unified daily rules and training).
 */
public record StaffRecord(
    long staffId,
    String username,
    String name,
    String departmentName,
    List<TrainingRow> training,
    List<SignOff> workRules) {

  public StaffRecord {
    training = List.copyOf(training);
    workRules = List.copyOf(workRules);
  }

  /** One rule of the hall: issued when, signed by this member when (null: not yet). */
  public record SignOff(long ruleId, String title, LocalDate issuedOn, Instant signedAt) {

    public boolean signed() {
      return signedAt != null;
    }
  }
}
