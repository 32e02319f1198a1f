package gov.approval.organisation.entity;

import gov.approval.identity.entity.Position;
import gov.approval.platform.boundary.BusinessException;
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
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * The one section of a department that holds all its approval powers, stationed in a hall and
 * headed by one chief representative (首席代表) who signs decisions there.
 */
@Entity
@Table(name = "approval_section")
public class ApprovalSection {

  public static final int NAME_LENGTH = 96;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "department_id", nullable = false, unique = true)
  private Department department;

  @NotBlank
  @Size(max = NAME_LENGTH)
  @Column(nullable = false, length = NAME_LENGTH)
  private String name;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "hall_id", nullable = false)
  private ServiceHall hall;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "chief_representative_id")
  private StaffMember chiefRepresentative;

  protected ApprovalSection() {}

  ApprovalSection(Department department, String name, ServiceHall hall) {
    this.department = department;
    this.name = name;
    this.hall = Objects.requireNonNull(hall);
  }

  public void rename(String name) {
    this.name = Objects.requireNonNull(name);
  }

  /** Moves the section to another hall; its windows are in the old hall and must be set up anew. */
  public void stationIn(ServiceHall hall) {
    if (!hall.isActive()) {
      throw new BusinessException("organisation.hall.inactive", hall.getName());
    }
    this.hall = hall;
  }

  /**
   * Makes {@code staff} the chief representative; the previous one keeps their other positions.
   * Only a member of this department can hold it.
   */
  public void appointChiefRepresentative(StaffMember staff) {
    if (!staff.getDepartment().isSameAs(department)) {
      throw new BusinessException(
          "organisation.section.chiefOtherDepartment", staff.getName(), department.getName());
    }
    if (!staff.isActive()) {
      throw new BusinessException("organisation.staff.inactive", staff.getName());
    }
    if (chiefRepresentative != null && chiefRepresentative != staff) {
      chiefRepresentative.removePosition(Position.CHIEF_REPRESENTATIVE);
    }
    staff.addPosition(Position.CHIEF_REPRESENTATIVE);
    chiefRepresentative = staff;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Department getDepartment() {
    return department;
  }

  public String getName() {
    return name;
  }

  public ServiceHall getHall() {
    return hall;
  }

  public StaffMember getChiefRepresentative() {
    return chiefRepresentative;
  }
}
