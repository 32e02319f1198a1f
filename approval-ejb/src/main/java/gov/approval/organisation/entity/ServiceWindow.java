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
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/** A counter (窗口) in a hall, staffed by one department's section; numbered uniquely per hall. */
@Entity
@Table(
    name = "service_window",
    uniqueConstraints = @UniqueConstraint(columnNames = {"hall_id", "window_number"}))
public class ServiceWindow {

  public static final int NAME_LENGTH = 64;
  public static final String NUMBER_PATTERN = "[A-Z]?\\d{1,3}";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "section_id", nullable = false)
  private ApprovalSection section;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "hall_id", nullable = false)
  private ServiceHall hall;

  @NotBlank
  @Pattern(regexp = NUMBER_PATTERN, message = "{organisation.window.number.pattern}")
  @Column(name = "window_number", nullable = false, length = 8)
  private String number;

  @NotBlank
  @Size(max = NAME_LENGTH)
  @Column(nullable = false, length = NAME_LENGTH)
  private String name;

  @Column(nullable = false)
  private boolean active = true;

  protected ServiceWindow() {}

  /** A window of {@code section} in the hall where the section is stationed. */
  public ServiceWindow(ApprovalSection section, String number, String name) {
    this.section = Objects.requireNonNull(section);
    this.hall = section.getHall();
    this.number = Objects.requireNonNull(number);
    this.name = Objects.requireNonNull(name);
  }

  public void describe(String number, String name) {
    this.number = Objects.requireNonNull(number);
    this.name = Objects.requireNonNull(name);
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

  public ApprovalSection getSection() {
    return section;
  }

  public ServiceHall getHall() {
    return hall;
  }

  public String getNumber() {
    return number;
  }

  public String getName() {
    return name;
  }

  public boolean isActive() {
    return active;
  }
}
