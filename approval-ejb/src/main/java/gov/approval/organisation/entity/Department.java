package gov.approval.organisation.entity;

import gov.approval.platform.boundary.BusinessException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * A government department with approval powers. It owns exactly one approval section (行政审批科),
 * created with it and stationed in a hall: the "one department, one section" reform of the seed.
 */
@Entity
@Table(name = "department")
public class Department {

  public static final int NAME_LENGTH = 64;
  public static final int SHORT_NAME_LENGTH = 16;
  public static final String CODE_PATTERN = "[A-Z0-9]{2,16}";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @NotBlank
  @Pattern(regexp = CODE_PATTERN, message = "{organisation.department.code.pattern}")
  @Column(nullable = false, unique = true, length = 16)
  private String code;

  @NotBlank
  @Size(max = NAME_LENGTH)
  @Column(nullable = false, unique = true, length = NAME_LENGTH)
  private String name;

  @NotBlank
  @Size(max = SHORT_NAME_LENGTH)
  @Column(name = "short_name", nullable = false, length = SHORT_NAME_LENGTH)
  private String shortName;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "region_id", nullable = false)
  private Region region;

  @OneToOne(
      mappedBy = "department",
      fetch = FetchType.LAZY,
      cascade = CascadeType.PERSIST,
      optional = false)
  private ApprovalSection section;

  @Column(nullable = false)
  private boolean active = true;

  protected Department() {}

  /** A department of {@code region} whose approval section is stationed in {@code hall}. */
  public Department(String code, String name, String shortName, Region region, ServiceHall hall) {
    this.code = Objects.requireNonNull(code);
    this.name = Objects.requireNonNull(name);
    this.shortName = Objects.requireNonNull(shortName);
    this.region = Objects.requireNonNull(region);
    this.section = new ApprovalSection(this, name + "行政审批科", hall);
  }

  public void rename(String name, String shortName) {
    this.name = Objects.requireNonNull(name);
    this.shortName = Objects.requireNonNull(shortName);
  }

  /** Whether {@code other} is this department, also before either has been written (no id yet). */
  public boolean isSameAs(Department other) {
    return other == this || (other != null && id != null && id.equals(other.id));
  }

  public void deactivate() {
    active = false;
  }

  public void activate() {
    if (!region.isActive()) {
      throw new BusinessException("organisation.department.regionInactive", region.getName());
    }
    active = true;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getShortName() {
    return shortName;
  }

  public Region getRegion() {
    return region;
  }

  public ApprovalSection getSection() {
    return section;
  }

  public boolean isActive() {
    return active;
  }
}
