package gov.approval.organisation.boundary;

import gov.approval.identity.control.PasswordHasher;
import gov.approval.identity.entity.AccountKind;
import gov.approval.identity.entity.PasswordPolicy;
import gov.approval.identity.entity.Position;
import gov.approval.identity.entity.Roles;
import gov.approval.identity.entity.UserAccount;
import gov.approval.organisation.control.ActingStaff;
import gov.approval.organisation.entity.Department;
import gov.approval.organisation.entity.ServiceWindow;
import gov.approval.organisation.entity.StaffMember;
import gov.approval.platform.boundary.AccessDeniedException;
import gov.approval.platform.boundary.BusinessException;
import gov.approval.platform.boundary.Lookups;
import gov.approval.platform.boundary.NotFoundException;
import gov.approval.platform.boundary.Page;
import gov.approval.platform.boundary.PageRequest;
import gov.approval.platform.boundary.PagedQuery;
import gov.approval.platform.boundary.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Staff accounts and positions. With ORG_MANAGE an admin manages every department's staff; a
 * department head (STAFF_MANAGE alone) only their own department's, and lists show only those.
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class StaffService {

  /** The staff list's row query, also used for the chief representative's candidates. */
  static final String ROW =
      "SELECT NEW gov.approval.organisation.boundary.StaffRow(m.id, m.version, a.username,"
          + " a.displayName, a.email, d.id, d.name, w.number, m.positions, a.active, a.lockedUntil)"
          + " FROM StaffMember m JOIN m.account a JOIN m.department d LEFT JOIN m.window w";

  private static final Map<String, String> SORTS =
      Map.of("username", "a.username", "name", "a.displayName", "department", "d.code");

  /** Positions valid across all departments: only those who manage all departments grant them. */
  private static final Set<Position> HALL_WIDE =
      EnumSet.of(Position.HALL_ADMIN, Position.SUPERVISOR, Position.SYSTEM_ADMIN);

  @PersistenceContext EntityManager em;

  @Inject ActingStaff acting;

  @Inject PasswordHasher hasher;

  @Inject Clock clock;

  /** The caller's own profile. */
  public StaffProfile me() {
    StaffMember me = acting.get();
    ServiceWindow window = me.getWindow();
    return new StaffProfile(
        me.getAccount().getUsername(),
        me.getName(),
        me.getDepartment().getId(),
        me.getDepartment().getName(),
        window == null ? null : window.getNumber(),
        me.getPositions());
  }

  @RolesAllowed(Roles.ORG_VIEW)
  public OrganisationOverview overview() {
    return new OrganisationOverview(
        count("SELECT COUNT(r) FROM Region r WHERE r.active = TRUE"),
        count("SELECT COUNT(h) FROM ServiceHall h WHERE h.active = TRUE"),
        count("SELECT COUNT(d) FROM Department d WHERE d.active = TRUE"),
        count("SELECT COUNT(w) FROM ServiceWindow w WHERE w.active = TRUE"),
        count("SELECT COUNT(m) FROM StaffMember m WHERE m.account.active = TRUE"));
  }

  /**
   * A page of staff, of one department when {@code departmentId} is given; a caller confined to
   * their department sees only it, whatever they ask for.
   */
  @RolesAllowed(Roles.STAFF_MANAGE)
  public Page<StaffRow> page(@NotNull PageRequest request, Long departmentId) {
    return PagedQuery.of(
            em,
            StaffRow.class,
            ROW,
            "SELECT COUNT(m) FROM StaffMember m JOIN m.account a JOIN m.department d")
        .where(
            "d.id = :department", "department", acting.confinedToDepartment().orElse(departmentId))
        .search(
            "(LOWER(a.username) LIKE :search ESCAPE '\\' OR LOWER(a.displayName) LIKE :search ESCAPE '\\')",
            request)
        .page(request, request.orderBy(SORTS, "d.code") + ", m.id");
  }

  @RolesAllowed(Roles.STAFF_MANAGE)
  public Long create(@NotNull @Valid NewStaff form) {
    Department department = Lookups.get(em, Department.class, form.departmentId());
    acting.checkMayActOn(department);
    checkMayGrant(form.positions());
    String username = form.username().strip();
    if (em.createNamedQuery("UserAccount.countByUsername", Long.class)
            .setParameter("username", username)
            .getSingleResult()
        > 0) {
      throw new BusinessException("account.username.taken", username);
    }
    PasswordPolicy.violation(form.initialPassword(), username)
        .ifPresent(
            key -> {
              throw new BusinessException(key);
            });
    UserAccount account =
        new UserAccount(
            username,
            hasher.hash(form.initialPassword()),
            AccountKind.STAFF,
            form.name().strip(),
            form.email(),
            null,
            clock.instant());
    em.persist(account);
    StaffMember staff = new StaffMember(account, department, form.positions());
    em.persist(staff);
    em.flush();
    return staff.getId();
  }

  @RolesAllowed(Roles.STAFF_MANAGE)
  public void assignPositions(
      @NotNull Long staffId,
      long version,
      @NotEmpty(message = "{organisation.staff.positionRequired}") Set<Position> positions) {
    StaffMember staff = load(staffId);
    Versions.check(staff.getVersion(), version);
    checkMayGrant(positions);
    staff.assignPositions(positions);
  }

  /** Seats a staff member at a window of their department, or nowhere ({@code windowId} null). */
  @RolesAllowed(Roles.STAFF_MANAGE)
  public void seatAt(@NotNull Long staffId, long version, Long windowId) {
    StaffMember staff = load(staffId);
    Versions.check(staff.getVersion(), version);
    ServiceWindow window = windowId == null ? null : em.find(ServiceWindow.class, windowId);
    if (windowId != null && (window == null || !window.isActive())) {
      throw new NotFoundException("ServiceWindow", windowId);
    }
    staff.seatAt(window);
  }

  @RolesAllowed(Roles.STAFF_MANAGE)
  public void deactivate(@NotNull Long staffId) {
    StaffMember staff = load(staffId);
    if (staff.getAccount().getUsername().equals(acting.username())) {
      throw new BusinessException("organisation.staff.cannotDeactivateSelf");
    }
    staff.getAccount().deactivate();
  }

  @RolesAllowed(Roles.STAFF_MANAGE)
  public void activate(@NotNull Long staffId) {
    load(staffId).getAccount().activate();
  }

  @RolesAllowed(Roles.STAFF_MANAGE)
  public void unlock(@NotNull Long staffId) {
    load(staffId).getAccount().unlock();
  }

  @RolesAllowed(Roles.STAFF_MANAGE)
  public void resetPassword(@NotNull Long staffId, @NotBlank String newPassword) {
    StaffMember staff = load(staffId);
    PasswordPolicy.violation(newPassword, staff.getAccount().getUsername())
        .ifPresent(
            key -> {
              throw new BusinessException(key);
            });
    staff.getAccount().changePasswordHash(hasher.hash(newPassword));
    staff.getAccount().unlock();
  }

  /**
   * The positions the caller may hand out, in the order of {@link Position}: the hall-wide ones
   * only with ORG_MANAGE; never 首席代表, which is appointed on the section.
   */
  @RolesAllowed(Roles.STAFF_MANAGE)
  public List<Position> grantablePositions() {
    boolean all = acting.managesAllDepartments();
    return Stream.of(Position.values())
        .filter(position -> position != Position.CHIEF_REPRESENTATIVE)
        .filter(position -> all || !HALL_WIDE.contains(position))
        .toList();
  }

  /** Loads a staff member the caller may manage. */
  private StaffMember load(Long id) {
    StaffMember staff = Lookups.get(em, StaffMember.class, id);
    acting.checkMayActOn(staff.getDepartment());
    return staff;
  }

  /** Only those who manage all departments hand out the hall-wide positions. */
  private void checkMayGrant(Set<Position> positions) {
    boolean hallWide = positions.stream().anyMatch(HALL_WIDE::contains);
    if (hallWide && !acting.managesAllDepartments()) {
      throw new AccessDeniedException("organisation.staff.hallWidePosition");
    }
  }

  private long count(String jpql) {
    return em.createQuery(jpql, Long.class).getSingleResult();
  }
}
