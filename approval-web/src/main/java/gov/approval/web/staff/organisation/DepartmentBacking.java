package gov.approval.web.staff.organisation;

import gov.approval.organisation.boundary.DepartmentDetails;
import gov.approval.organisation.boundary.DepartmentService;
import gov.approval.organisation.boundary.HallRow;
import gov.approval.organisation.boundary.HallService;
import gov.approval.organisation.boundary.StaffRow;
import gov.approval.organisation.boundary.StaffService;
import gov.approval.organisation.boundary.WindowRow;
import gov.approval.organisation.entity.ApprovalSection;
import gov.approval.organisation.entity.Department;
import gov.approval.organisation.entity.ServiceWindow;
import gov.approval.platform.boundary.NotFoundException;
import gov.approval.web.i18n.Texts;
import gov.approval.web.security.ActiveUser;
import gov.approval.web.shell.Attempt;
import gov.approval.web.shell.BoundaryLazyModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * One department ({@code /staff/organisation/department.xhtml?id=N}): its details, approval
 * section, chief representative, windows and staff. The department itself is renamed and
 * (de)activated with ORG_MANAGE; its section, chief and windows by whoever the boundary calls
 * {@code manageable}.
 */
@Named
@ViewScoped
public class DepartmentBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject DepartmentService departmentService;

  @Inject HallService hallService;

  @Inject StaffService staffService;

  @Inject ActiveUser activeUser;

  private Long id;
  private String code;
  private DepartmentDetails details;
  private BoundaryLazyModel<StaffRow, Long> staff;
  private List<HallRow> halls;
  private List<StaffRow> chiefCandidates;

  /** The window in the window dialog, or null when it adds one. */
  private WindowRow editingWindow;

  @NotBlank(message = "{organisation.department.name.required}")
  @Size(max = Department.NAME_LENGTH)
  private String name;

  @NotBlank(message = "{organisation.department.shortName.required}")
  @Size(max = Department.SHORT_NAME_LENGTH)
  private String shortName;

  @NotBlank(message = "{organisation.section.name.required}")
  @Size(max = ApprovalSection.NAME_LENGTH)
  private String sectionName;

  @NotNull(message = "{organisation.department.hall.required}")
  private Long hallId;

  @NotNull(message = "{organisation.section.chief.required}")
  private Long chiefId;

  @NotBlank(message = "{organisation.window.number.required}")
  @Pattern(regexp = ServiceWindow.NUMBER_PATTERN, message = "{organisation.window.number.pattern}")
  private String windowNumber;

  @NotBlank(message = "{organisation.window.name.required}")
  @Size(max = ServiceWindow.NAME_LENGTH)
  private String windowName;

  /**
   * The view action: reads the department named by the {@code id} parameter, or by {@code code} for
   * addresses people can type and bookmark ({@code department.xhtml?code=FGW}).
   */
  public void load() {
    if (id == null && code != null) {
      id = departmentService.idOfCode(code);
    }
    if (id == null) {
      throw new NotFoundException("Department", "");
    }
    details = departmentService.details(id);
    // The staff list of the boundary shows a department head their own department only.
    if (details.manageable() && activeUser.can("STAFF_MANAGE")) {
      staff = new BoundaryLazyModel<>(staffService::page, StaffRow::id);
      staff.setFilter(id);
    }
  }

  public void startRename() {
    name = details.name();
    shortName = details.shortName();
  }

  public void rename() {
    saveAndReload(() -> departmentService.rename(id, details.version(), name, shortName));
  }

  public void deactivate() {
    act(() -> departmentService.deactivate(id, details.version()), "deactivated");
  }

  public void activate() {
    act(() -> departmentService.activate(id, details.version()), "activated");
  }

  public void startEditSection() {
    sectionName = details.sectionName();
    hallId = details.hallId();
    halls = hallService.activeHalls();
  }

  public void updateSection() {
    saveAndReload(
        () -> departmentService.updateSection(id, details.sectionVersion(), sectionName, hallId));
  }

  public void startAppointChief() {
    chiefId = details.chiefId();
    chiefCandidates = departmentService.chiefCandidates(id);
  }

  public void appointChief() {
    saveAndReload(
        () -> departmentService.appointChiefRepresentative(id, details.sectionVersion(), chiefId));
  }

  public void startAddWindow() {
    editingWindow = null;
    windowNumber = null;
    windowName = null;
  }

  public void startEditWindow(WindowRow window) {
    editingWindow = window;
    windowNumber = window.number();
    windowName = window.name();
  }

  public void saveWindow() {
    saveAndReload(
        editingWindow == null
            ? () -> departmentService.addWindow(id, windowNumber, windowName)
            : () ->
                departmentService.updateWindow(
                    editingWindow.id(), editingWindow.version(), windowNumber, windowName));
  }

  public void deactivateWindow(WindowRow window) {
    act(
        () -> departmentService.deactivateWindow(window.id(), window.version()),
        "windowDeactivated",
        window.number());
  }

  public void activateWindow(WindowRow window) {
    act(
        () -> departmentService.activateWindow(window.id(), window.version()),
        "windowActivated",
        window.number());
  }

  /** A dialog's save: on success the message, the page behind the dialog shows the new state. */
  private void saveAndReload(Runnable action) {
    if (Attempt.run(action)) {
      details = departmentService.details(id);
      Texts.info("app.saved");
      PrimeFaces.current().ajax().update("departmentForm", "growl");
    }
  }

  /** A confirmed button on the page: its message, and the page read again either way. */
  private void act(Runnable action, String messageKey, Object... arguments) {
    if (Attempt.run(action)) {
      Texts.info(
          "staff_organisation_department." + messageKey,
          arguments.length == 0 ? new Object[] {details.name()} : arguments);
    }
    details = departmentService.details(id);
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public DepartmentDetails getDetails() {
    return details;
  }

  public BoundaryLazyModel<StaffRow, Long> getStaff() {
    return staff;
  }

  public List<HallRow> getHalls() {
    return halls;
  }

  public List<StaffRow> getChiefCandidates() {
    return chiefCandidates;
  }

  public WindowRow getEditingWindow() {
    return editingWindow;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getShortName() {
    return shortName;
  }

  public void setShortName(String shortName) {
    this.shortName = shortName;
  }

  public String getSectionName() {
    return sectionName;
  }

  public void setSectionName(String sectionName) {
    this.sectionName = sectionName;
  }

  public Long getHallId() {
    return hallId;
  }

  public void setHallId(Long hallId) {
    this.hallId = hallId;
  }

  public Long getChiefId() {
    return chiefId;
  }

  public void setChiefId(Long chiefId) {
    this.chiefId = chiefId;
  }

  public String getWindowNumber() {
    return windowNumber;
  }

  public void setWindowNumber(String windowNumber) {
    this.windowNumber = windowNumber;
  }

  public String getWindowName() {
    return windowName;
  }

  public void setWindowName(String windowName) {
    this.windowName = windowName;
  }
}
