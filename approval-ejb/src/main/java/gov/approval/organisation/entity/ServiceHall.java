package gov.approval.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * A service hall: the city or county 政务服务中心, a town 便民服务中心 or a village 便民服务室, where departments
 * station their sections and windows.
 */
@Entity
@Table(name = "service_hall")
public class ServiceHall {

  public static final int NAME_LENGTH = 64;
  public static final int ADDRESS_LENGTH = 128;
  public static final int PHONE_LENGTH = 32;
  public static final int HOURS_LENGTH = 128;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @NotBlank
  @Size(max = NAME_LENGTH)
  @Column(nullable = false, unique = true, length = NAME_LENGTH)
  private String name;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "region_id", nullable = false)
  private Region region;

  @Size(max = ADDRESS_LENGTH)
  @Column(length = ADDRESS_LENGTH)
  private String address;

  @Size(max = PHONE_LENGTH)
  @Column(length = PHONE_LENGTH)
  private String phone;

  @Size(max = HOURS_LENGTH)
  @Column(name = "opening_hours", length = HOURS_LENGTH)
  private String openingHours;

  @Column(nullable = false)
  private boolean active = true;

  protected ServiceHall() {}

  public ServiceHall(Region region, String name) {
    this.region = Objects.requireNonNull(region);
    this.name = Objects.requireNonNull(name);
  }

  public void describe(String name, String address, String phone, String openingHours) {
    this.name = Objects.requireNonNull(name);
    this.address = address;
    this.phone = phone;
    this.openingHours = openingHours;
  }

  public void deactivate() {
    active = false;
  }

  public void activate() {
    active = true;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getName() {
    return name;
  }

  public Region getRegion() {
    return region;
  }

  public String getAddress() {
    return address;
  }

  public String getPhone() {
    return phone;
  }

  public String getOpeningHours() {
    return openingHours;
  }

  public boolean isActive() {
    return active;
  }
}
