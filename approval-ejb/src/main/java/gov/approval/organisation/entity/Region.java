package gov.approval.organisation.entity;

import gov.approval.platform.boundary.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * An administrative region in the tree city → county → town → village, identified by its 12-digit
 * statistical division code. A child is always exactly one level below its parent.
 */
@Entity
@Table(name = "region")
public class Region {

  public static final int NAME_LENGTH = 64;
  public static final String CODE_PATTERN = "\\d{12}";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @NotBlank
  @Pattern(regexp = CODE_PATTERN, message = "{organisation.region.code.pattern}")
  @Column(nullable = false, unique = true, length = 12)
  private String code;

  @NotBlank
  @Size(max = NAME_LENGTH)
  @Column(nullable = false, length = NAME_LENGTH)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "region_level", nullable = false, length = 16)
  private RegionLevel level;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Region parent;

  @Column(nullable = false)
  private boolean active = true;

  protected Region() {}

  /** The root of a city's tree. */
  public static Region city(String code, String name) {
    Region city = new Region();
    city.code = code;
    city.name = name;
    city.level = RegionLevel.CITY;
    return city;
  }

  /** A region one level below this one. */
  public Region addChild(String code, String name) {
    RegionLevel childLevel =
        level
            .below()
            .orElseThrow(
                () -> new BusinessException("organisation.region.noLevelBelow", this.name));
    if (!active) {
      throw new BusinessException("organisation.region.parentInactive", this.name);
    }
    Region child = new Region();
    child.code = code;
    child.name = name;
    child.level = childLevel;
    child.parent = this;
    return child;
  }

  public void rename(String name) {
    this.name = Objects.requireNonNull(name);
  }

  public void deactivate() {
    active = false;
  }

  public void activate() {
    if (parent != null && !parent.active) {
      throw new BusinessException("organisation.region.parentInactive", parent.name);
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

  public RegionLevel getLevel() {
    return level;
  }

  public Region getParent() {
    return parent;
  }

  public boolean isActive() {
    return active;
  }
}
