package gov.approval.organisation.entity;

import gov.approval.identity.entity.AccountKind;
import gov.approval.identity.entity.Permission;
import gov.approval.identity.entity.Position;
import gov.approval.identity.entity.UserAccount;
import gov.approval.platform.boundary.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A member of staff: their account, department, optional window and positions. The positions decide
 * the permissions the login carries.
 */
@Entity
@Table(name = "staff_member")
@NamedQuery(
    name = "StaffMember.findByUsername",
    query =
        "SELECT s FROM StaffMember s JOIN FETCH s.account a JOIN FETCH s.department d"
            + " WHERE a.username = :username")
public class StaffMember {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id", nullable = false, unique = true)
  private UserAccount account;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "department_id", nullable = false)
  private Department department;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "window_id")
  private ServiceWindow window;

  @Convert(converter = PositionsConverter.class)
  @Column(nullable = false, length = 160)
  private Set<Position> positions = EnumSet.noneOf(Position.class);

  protected StaffMember() {}

  public StaffMember(UserAccount account, Department department, Set<Position> positions) {
    if (account.getKind() != AccountKind.STAFF) {
      throw new IllegalArgumentException("not a staff account: " + account.getUsername());
    }
    this.account = account;
    this.department = Objects.requireNonNull(department);
    assignPositions(positions);
  }

  /** Replaces the positions; at least one is needed, and 首席代表 is given only by the section. */
  public void assignPositions(Set<Position> newPositions) {
    if (newPositions == null || newPositions.isEmpty()) {
      throw new BusinessException("organisation.staff.positionRequired");
    }
    boolean chief = positions.contains(Position.CHIEF_REPRESENTATIVE);
    EnumSet<Position> next = EnumSet.copyOf(newPositions);
    // The chief representative is appointed on the section, so that there is exactly one.
    next.remove(Position.CHIEF_REPRESENTATIVE);
    if (chief) {
      next.add(Position.CHIEF_REPRESENTATIVE);
    }
    if (next.isEmpty()) {
      throw new BusinessException("organisation.staff.positionRequired");
    }
    positions = next;
  }

  void addPosition(Position position) {
    EnumSet<Position> next =
        positions.isEmpty() ? EnumSet.noneOf(Position.class) : EnumSet.copyOf(positions);
    next.add(position);
    positions = next;
  }

  void removePosition(Position position) {
    EnumSet<Position> next =
        positions.isEmpty() ? EnumSet.noneOf(Position.class) : EnumSet.copyOf(positions);
    next.remove(position);
    if (next.isEmpty()) {
      next.add(Position.CLERK);
    }
    positions = next;
  }

  /** Seats the member at a window of their own department's section, or nowhere (null). */
  public void seatAt(ServiceWindow newWindow) {
    if (newWindow != null && !newWindow.getSection().getDepartment().isSameAs(department)) {
      throw new BusinessException(
          "organisation.staff.windowOtherDepartment", newWindow.getNumber(), department.getName());
    }
    this.window = newWindow;
  }

  public Set<Permission> permissions() {
    return Position.permissionsOf(positions);
  }

  public boolean isActive() {
    return account.isActive();
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public UserAccount getAccount() {
    return account;
  }

  public String getName() {
    return account.getDisplayName();
  }

  public Department getDepartment() {
    return department;
  }

  public ServiceWindow getWindow() {
    return window;
  }

  public Set<Position> getPositions() {
    return Collections.unmodifiableSet(positions);
  }
}
