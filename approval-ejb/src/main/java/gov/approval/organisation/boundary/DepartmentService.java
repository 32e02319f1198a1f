package gov.approval.organisation.boundary;

import gov.approval.identity.entity.Roles;
import gov.approval.organisation.control.ActingStaff;
import gov.approval.organisation.entity.ApprovalSection;
import gov.approval.organisation.entity.Department;
import gov.approval.organisation.entity.Region;
import gov.approval.organisation.entity.ServiceHall;
import gov.approval.organisation.entity.ServiceWindow;
import gov.approval.organisation.entity.StaffMember;
import gov.approval.platform.boundary.BusinessException;
import gov.approval.platform.boundary.Lookups;
import gov.approval.platform.boundary.NotFoundException;
import gov.approval.platform.boundary.Page;
import gov.approval.platform.boundary.PageRequest;
import gov.approval.platform.boundary.PagedQuery;
import gov.approval.platform.boundary.Versions;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * Departments, their approval sections and windows. Creating and renaming departments needs
 * ORG_MANAGE; a department's section, chief representative and windows may also be managed by its
 * own head (DEPARTMENT_MANAGE), never by another department.
 */
@Stateless
@RolesAllowed(Roles.ORG_VIEW)
public class DepartmentService {

  private static final String ROW =
      "SELECT NEW gov.approval.organisation.boundary.DepartmentRow(d.id, d.version, d.code, d.name,"
          + " d.shortName, r.name, h.name, ca.displayName,"
          + " (SELECT COUNT(w) FROM ServiceWindow w WHERE w.section = s AND w.active = TRUE),"
          + " (SELECT COUNT(m) FROM StaffMember m WHERE m.department = d), d.active)"
          + " FROM Department d JOIN d.region r JOIN d.section s JOIN s.hall h"
          + " LEFT JOIN s.chiefRepresentative c LEFT JOIN c.account ca";

  private static final Map<String, String> SORTS =
      Map.of("code", "d.code", "name", "d.name", "region", "r.code", "hall", "h.name");

  @PersistenceContext EntityManager em;

  @Inject ActingStaff acting;

  @Resource SessionContext session;

  /**
   * A page of departments, optionally of one region, matching a search in code, name or short name.
   */
  public Page<DepartmentRow> page(@NotNull PageRequest request, Long regionId) {
    return PagedQuery.of(
            em, DepartmentRow.class, ROW, "SELECT COUNT(d) FROM Department d JOIN d.region r")
        .where("r.id = :region", "region", regionId)
        .search(
            "(LOWER(d.name) LIKE :search ESCAPE '\\' OR LOWER(d.shortName) LIKE :search ESCAPE '\\'"
                + " OR LOWER(d.code) LIKE :search ESCAPE '\\')",
            request)
        .page(request, request.orderBy(SORTS, "r.code") + ", d.id");
  }

  /** The id of the department with {@code code} (upper or lower case). */
  public Long idOfCode(@NotBlank String code) {
    return em.createQuery("SELECT d.id FROM Department d WHERE d.code = :code", Long.class)
        .setParameter("code", code.strip().toUpperCase(java.util.Locale.ROOT))
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Department", code));
  }

  /** Active departments for choosers, ordered by region and code. */
  public List<DepartmentRow> activeDepartments() {
    return em.createQuery(
            ROW + " WHERE d.active = TRUE ORDER BY r.code, d.code", DepartmentRow.class)
        .getResultList();
  }

  /**
   * Active departments whose staff the caller may manage: all with ORG_MANAGE, else only their own.
   */
  @RolesAllowed(Roles.STAFF_MANAGE)
  public List<DepartmentRow> staffDepartments() {
    Long own = acting.confinedToDepartment().orElse(null);
    TypedQuery<DepartmentRow> query =
        em.createQuery(
            ROW
                + " WHERE d.active = TRUE"
                + (own == null ? "" : " AND d.id = :own")
                + " ORDER BY r.code, d.code",
            DepartmentRow.class);
    if (own != null) {
      query.setParameter("own", own);
    }
    return query.getResultList();
  }

  /** The open windows of a department, for seating its staff. */
  public List<WindowRow> activeWindows(@NotNull Long departmentId) {
    return em.createQuery(
            "SELECT NEW gov.approval.organisation.boundary.WindowRow(w.id, w.version, w.number,"
                + " w.name, h.name, w.active) FROM ServiceWindow w JOIN w.hall h"
                + " WHERE w.section.department.id = :d AND w.active = TRUE ORDER BY w.number",
            WindowRow.class)
        .setParameter("d", departmentId)
        .getResultList();
  }

  /** The department's active staff, from whom its chief representative is appointed. */
  @RolesAllowed(Roles.DEPARTMENT_MANAGE)
  public List<StaffRow> chiefCandidates(@NotNull Long departmentId) {
    Department department = load(departmentId);
    acting.checkMayActOn(department);
    return em.createQuery(
            StaffService.ROW + " WHERE d = :d AND a.active = TRUE ORDER BY a.username",
            StaffRow.class)
        .setParameter("d", department)
        .getResultList();
  }

  public DepartmentDetails details(@NotNull Long id) {
    // One statement for the department with everything the page shows of it, one for its windows.
    Department d =
        em.createQuery(
                "SELECT d FROM Department d JOIN FETCH d.region JOIN FETCH d.section s"
                    + " JOIN FETCH s.hall LEFT JOIN FETCH s.chiefRepresentative c"
                    + " LEFT JOIN FETCH c.account WHERE d.id = :id",
                Department.class)
            .setParameter("id", id)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("Department", id));
    ApprovalSection s = d.getSection();
    StaffMember chief = s.getChiefRepresentative();
    List<WindowRow> windows =
        em.createQuery(
                "SELECT NEW gov.approval.organisation.boundary.WindowRow(w.id, w.version, w.number,"
                    + " w.name, h.name, w.active) FROM ServiceWindow w JOIN w.hall h"
                    + " WHERE w.section = :s ORDER BY w.number",
                WindowRow.class)
            .setParameter("s", s)
            .getResultList();
    // What the section, chief and window methods below allow: all with ORG_MANAGE, else the own
    // department with DEPARTMENT_MANAGE (a clerk of the department only looks).
    boolean manageable =
        acting.managesAllDepartments()
            || session.isCallerInRole(Roles.DEPARTMENT_MANAGE)
                && acting.find().map(me -> me.getDepartment().isSameAs(d)).orElse(false);
    return new DepartmentDetails(
        d.getId(),
        d.getVersion(),
        d.getCode(),
        d.getName(),
        d.getShortName(),
        d.getRegion().getId(),
        d.getRegion().getName(),
        d.isActive(),
        s.getId(),
        s.getVersion(),
        s.getName(),
        s.getHall().getId(),
        s.getHall().getName(),
        chief == null ? null : chief.getId(),
        chief == null ? null : chief.getName(),
        windows,
        manageable);
  }

  @RolesAllowed(Roles.ORG_MANAGE)
  public Long create(@NotNull @Valid DepartmentForm form) {
    Region region = em.find(Region.class, form.regionId());
    if (region == null || !region.isActive()) {
      throw new BusinessException("organisation.department.regionMissing");
    }
    ServiceHall hall = activeHall(form.hallId());
    String code = form.code().strip();
    String name = form.name().strip();
    if (exists("SELECT COUNT(d) FROM Department d WHERE d.code = :v", code)) {
      throw new BusinessException("organisation.department.codeTaken", code);
    }
    if (exists("SELECT COUNT(d) FROM Department d WHERE d.name = :v", name)) {
      throw new BusinessException("organisation.department.nameTaken", name);
    }
    Department department = new Department(code, name, form.shortName().strip(), region, hall);
    em.persist(department);
    em.flush();
    return department.getId();
  }

  @RolesAllowed(Roles.ORG_MANAGE)
  public void rename(
      @NotNull Long id,
      long version,
      @NotBlank @Size(max = Department.NAME_LENGTH) String name,
      @NotBlank @Size(max = Department.SHORT_NAME_LENGTH) String shortName) {
    Department department = load(id);
    Versions.check(department.getVersion(), version);
    boolean taken =
        em.createQuery("SELECT d.id FROM Department d WHERE d.name = :n", Long.class)
            .setParameter("n", name.strip())
            .getResultStream()
            .anyMatch(other -> !other.equals(id));
    if (taken) {
      throw new BusinessException("organisation.department.nameTaken", name);
    }
    department.rename(name.strip(), shortName.strip());
  }

  @RolesAllowed(Roles.ORG_MANAGE)
  public void deactivate(@NotNull Long id, long version) {
    Department department = load(id);
    Versions.check(department.getVersion(), version);
    department.deactivate();
  }

  @RolesAllowed(Roles.ORG_MANAGE)
  public void activate(@NotNull Long id, long version) {
    Department department = load(id);
    Versions.check(department.getVersion(), version);
    department.activate();
  }

  /** Renames the section or stations it in another hall. */
  @RolesAllowed(Roles.DEPARTMENT_MANAGE)
  public void updateSection(
      @NotNull Long departmentId,
      long sectionVersion,
      @NotBlank @Size(max = ApprovalSection.NAME_LENGTH) String sectionName,
      @NotNull Long hallId) {
    Department department = load(departmentId);
    acting.checkMayActOn(department);
    ApprovalSection section = department.getSection();
    Versions.check(section.getVersion(), sectionVersion);
    section.rename(sectionName.strip());
    if (!section.getHall().getId().equals(hallId)) {
      section.stationIn(activeHall(hallId));
    }
  }

  @RolesAllowed(Roles.DEPARTMENT_MANAGE)
  public void appointChiefRepresentative(
      @NotNull Long departmentId, long sectionVersion, @NotNull Long staffId) {
    Department department = load(departmentId);
    acting.checkMayActOn(department);
    ApprovalSection section = department.getSection();
    Versions.check(section.getVersion(), sectionVersion);
    StaffMember staff = Lookups.get(em, StaffMember.class, staffId);
    section.appointChiefRepresentative(staff);
  }

  @RolesAllowed(Roles.DEPARTMENT_MANAGE)
  public Long addWindow(
      @NotNull Long departmentId,
      @NotBlank
          @Pattern(
              regexp = ServiceWindow.NUMBER_PATTERN,
              message = "{organisation.window.number.pattern}")
          String number,
      @NotBlank @Size(max = ServiceWindow.NAME_LENGTH) String name) {
    Department department = load(departmentId);
    acting.checkMayActOn(department);
    ApprovalSection section = department.getSection();
    checkWindowNumberFree(section.getHall(), number, null);
    ServiceWindow window = new ServiceWindow(section, number, name.strip());
    em.persist(window);
    em.flush();
    return window.getId();
  }

  @RolesAllowed(Roles.DEPARTMENT_MANAGE)
  public void updateWindow(
      @NotNull Long windowId,
      long version,
      @NotBlank
          @Pattern(
              regexp = ServiceWindow.NUMBER_PATTERN,
              message = "{organisation.window.number.pattern}")
          String number,
      @NotBlank @Size(max = ServiceWindow.NAME_LENGTH) String name) {
    ServiceWindow window = loadWindow(windowId);
    acting.checkMayActOn(window.getSection().getDepartment());
    Versions.check(window.getVersion(), version);
    checkWindowNumberFree(window.getHall(), number, windowId);
    window.describe(number, name.strip());
  }

  /** Closes a window; staff seated there lose their seat. */
  @RolesAllowed(Roles.DEPARTMENT_MANAGE)
  public void deactivateWindow(@NotNull Long windowId, long version) {
    ServiceWindow window = loadWindow(windowId);
    acting.checkMayActOn(window.getSection().getDepartment());
    Versions.check(window.getVersion(), version);
    em.createQuery("SELECT s FROM StaffMember s WHERE s.window = :w", StaffMember.class)
        .setParameter("w", window)
        .getResultList()
        .forEach(staff -> staff.seatAt(null));
    window.deactivate();
  }

  @RolesAllowed(Roles.DEPARTMENT_MANAGE)
  public void activateWindow(@NotNull Long windowId, long version) {
    ServiceWindow window = loadWindow(windowId);
    acting.checkMayActOn(window.getSection().getDepartment());
    Versions.check(window.getVersion(), version);
    window.activate();
  }

  private void checkWindowNumberFree(ServiceHall hall, String number, Long exceptId) {
    boolean taken =
        em.createQuery(
                "SELECT w.id FROM ServiceWindow w WHERE w.hall = :h AND w.number = :n", Long.class)
            .setParameter("h", hall)
            .setParameter("n", number)
            .getResultStream()
            .anyMatch(id -> !id.equals(exceptId));
    if (taken) {
      throw new BusinessException("organisation.window.numberTaken", number, hall.getName());
    }
  }

  private boolean exists(String jpql, String value) {
    return em.createQuery(jpql, Long.class).setParameter("v", value).getSingleResult() > 0;
  }

  private ServiceHall activeHall(Long id) {
    ServiceHall hall = Lookups.get(em, ServiceHall.class, id);
    if (!hall.isActive()) {
      throw new BusinessException("organisation.hall.inactive", hall.getName());
    }
    return hall;
  }

  private Department load(Long id) {
    return Lookups.get(em, Department.class, id);
  }

  private ServiceWindow loadWindow(Long id) {
    return Lookups.get(em, ServiceWindow.class, id);
  }
}
