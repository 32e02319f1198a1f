package gov.approval.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * One step of an item's process (办理流程), in order: who does it, within how many working days, by
 * which criteria, with what result. Supervision compares each case step against its limit.
 */
@Embeddable
public class ProcessStep {

  public static final int NAME_LENGTH = 32;
  public static final int ROLE_LENGTH = 32;
  public static final int CRITERIA_LENGTH = 1000;
  public static final int RESULT_LENGTH = 128;

  @NotBlank(message = "{catalogue.step.name.required}")
  @Size(max = NAME_LENGTH)
  @Column(name = "name", nullable = false, length = NAME_LENGTH)
  private String name;

  @Size(max = ROLE_LENGTH)
  @Column(name = "role", length = ROLE_LENGTH)
  private String role;

  /** Working days the step may take; null when the step has no limit of its own. */
  @Min(0)
  @Column(name = "limit_days")
  private Integer limitDays;

  @Size(max = CRITERIA_LENGTH)
  @Column(name = "criteria", length = CRITERIA_LENGTH)
  private String criteria;

  @Size(max = RESULT_LENGTH)
  @Column(name = "result", length = RESULT_LENGTH)
  private String result;

  protected ProcessStep() {}

  public ProcessStep(String name, String role, Integer limitDays, String criteria, String result) {
    this.name = name;
    this.role = role;
    this.limitDays = limitDays;
    this.criteria = criteria;
    this.result = result;
  }

  public String getName() {
    return name;
  }

  public String getRole() {
    return role;
  }

  public Integer getLimitDays() {
    return limitDays;
  }

  public String getCriteria() {
    return criteria;
  }

  public String getResult() {
    return result;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProcessStep other
        && Objects.equals(name, other.name)
        && Objects.equals(role, other.role)
        && Objects.equals(limitDays, other.limitDays)
        && Objects.equals(criteria, other.criteria)
        && Objects.equals(result, other.result);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, role, limitDays, criteria, result);
  }
}
