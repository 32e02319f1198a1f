package gov.approval.web.staff.admin;

import gov.approval.identity.entity.PasswordPolicy;
import gov.approval.identity.entity.Position;
import gov.approval.identity.entity.UserAccount;
import gov.approval.organisation.boundary.DepartmentRow;
import gov.approval.organisation.boundary.DepartmentService;
import gov.approval.organisation.boundary.NewStaff;
import gov.approval.organisation.boundary.StaffRow;
import gov.approval.organisation.boundary.StaffService;
import gov.approval.organisation.boundary.WindowRow;
import gov.approval.web.i18n.Texts;
import gov.approval.web.shell.Attempt;
import gov.approval.web.shell.BoundaryLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * Staff accounts ({@code /staff/admin/staff.xhtml}): a paged list searchable by account or name;
 * creating accounts, changing positions, seating at a window, deactivating, unlocking and resetting
 * passwords. A department head sees and manages only their own department: the boundary confines
 * them, the page merely hides the department filter.
 */
@Named
@ViewScoped
public class StaffAccountsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject StaffService staffService;

  @Inject DepartmentService departmentService;

  private BoundaryLazyModel<StaffRow, Long> staff;
  private List<DepartmentRow> departments;
  private List<Position> grantablePositions;

  /** The row a dialog (positions, window, password) works on. */
  private StaffRow target;

  private List<WindowRow> windows;

  @NotBlank(message = "{account.username.required}")
  @Pattern(regexp = UserAccount.USERNAME_PATTERN, message = "{account.username.pattern}")
  private String username;

  @NotBlank(message = "{account.name.required}")
  @Size(max = UserAccount.NAME_LENGTH)
  private String name;

  @Email(message = "{account.email.invalid}")
  @Size(max = UserAccount.EMAIL_LENGTH)
  private String email;

  @NotNull(message = "{organisation.staff.department.required}")
  private Long departmentId;

  @NotEmpty(message = "{organisation.staff.positionRequired}")
  private List<Position> positions;

  @NotBlank(message = "{account.password.required}")
  @Size(max = PasswordPolicy.MAX_LENGTH)
  private String password;

  @NotEmpty(message = "{organisation.staff.positionRequired}")
  private List<Position> newPositions;

  private Long windowId;

  @NotBlank(message = "{account.password.required}")
  @Size(max = PasswordPolicy.MAX_LENGTH)
  private String newPassword;

  @PostConstruct
  void load() {
    staff = new BoundaryLazyModel<>(staffService::page, StaffRow::id);
    departments = departmentService.staffDepartments();
    grantablePositions = staffService.grantablePositions();
  }

  public void startCreate() {
    username = null;
    name = null;
    email = null;
    departmentId = departments.size() == 1 ? departments.get(0).id() : staff.getFilter();
    positions = new ArrayList<>(List.of(Position.CLERK));
    password = null;
  }

  public void create() {
    NewStaff form =
        new NewStaff(username, name, email, departmentId, EnumSet.copyOf(positions), password);
    if (Attempt.get(() -> staffService.create(form)) != null) {
      saved("staff_admin_staff.created", username);
    }
  }

  public void startPositions(StaffRow member) {
    target = member;
    newPositions = new ArrayList<>(member.positions());
  }

  public void savePositions() {
    if (Attempt.run(
        () ->
            staffService.assignPositions(
                target.id(), target.version(), EnumSet.copyOf(newPositions)))) {
      saved("staff_admin_staff.positionsSaved", target.name());
    }
  }

  public void startSeat(StaffRow member) {
    target = member;
    windows = departmentService.activeWindows(member.departmentId());
    windowId =
        windows.stream()
            .filter(window -> window.number().equals(member.windowNumber()))
            .map(WindowRow::id)
            .findFirst()
            .orElse(null);
  }

  public void seat() {
    if (Attempt.run(() -> staffService.seatAt(target.id(), target.version(), windowId))) {
      saved("staff_admin_staff.seated", target.name());
    }
  }

  public void startResetPassword(StaffRow member) {
    target = member;
    newPassword = null;
  }

  public void resetPassword() {
    if (Attempt.run(() -> staffService.resetPassword(target.id(), newPassword))) {
      saved("staff_admin_staff.passwordReset", target.name());
    }
    newPassword = null;
  }

  public void deactivate(StaffRow member) {
    if (Attempt.run(() -> staffService.deactivate(member.id()))) {
      Texts.info("staff_admin_staff.deactivated", member.name());
    }
  }

  public void activate(StaffRow member) {
    if (Attempt.run(() -> staffService.activate(member.id()))) {
      Texts.info("staff_admin_staff.activated", member.name());
    }
  }

  public void unlock(StaffRow member) {
    if (Attempt.run(() -> staffService.unlock(member.id()))) {
      Texts.info("staff_admin_staff.unlocked", member.name());
    }
  }

  /** After a dialog saved: the message and the table behind the dialog. */
  private void saved(String key, Object argument) {
    Texts.info(key, argument);
    PrimeFaces.current().ajax().update("staffForm:staffTable", "growl");
  }

  public BoundaryLazyModel<StaffRow, Long> getStaff() {
    return staff;
  }

  public List<DepartmentRow> getDepartments() {
    return departments;
  }

  public List<Position> getGrantablePositions() {
    return grantablePositions;
  }

  public StaffRow getTarget() {
    return target;
  }

  public List<WindowRow> getWindows() {
    return windows;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public Long getDepartmentId() {
    return departmentId;
  }

  public void setDepartmentId(Long departmentId) {
    this.departmentId = departmentId;
  }

  public List<Position> getPositions() {
    return positions;
  }

  public void setPositions(List<Position> positions) {
    this.positions = positions;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public List<Position> getNewPositions() {
    return newPositions;
  }

  public void setNewPositions(List<Position> newPositions) {
    this.newPositions = newPositions;
  }

  public Long getWindowId() {
    return windowId;
  }

  public void setWindowId(Long windowId) {
    this.windowId = windowId;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
