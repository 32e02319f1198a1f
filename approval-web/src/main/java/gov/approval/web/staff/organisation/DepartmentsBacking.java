package gov.approval.web.staff.organisation;

import gov.approval.organisation.boundary.DepartmentForm;
import gov.approval.organisation.boundary.DepartmentRow;
import gov.approval.organisation.boundary.DepartmentService;
import gov.approval.organisation.boundary.HallRow;
import gov.approval.organisation.boundary.HallService;
import gov.approval.organisation.boundary.RegionNode;
import gov.approval.organisation.boundary.RegionService;
import gov.approval.organisation.entity.Department;
import gov.approval.web.i18n.Texts;
import gov.approval.web.shell.Attempt;
import gov.approval.web.shell.BoundaryLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/**
 * The departments ({@code /staff/organisation/departments.xhtml}): a paged list searchable by code
 * or name and filtered by region, each row leading to its department page; creating a department
 * with ORG_MANAGE.
 */
@Named
@ViewScoped
public class DepartmentsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject DepartmentService departmentService;

  @Inject RegionService regionService;

  @Inject HallService hallService;

  private BoundaryLazyModel<DepartmentRow, Long> departments;
  private List<RegionNode> regions;
  private List<HallRow> halls;

  @NotBlank(message = "{organisation.department.code.required}")
  @Pattern(regexp = Department.CODE_PATTERN, message = "{organisation.department.code.pattern}")
  private String code;

  @NotBlank(message = "{organisation.department.name.required}")
  @Size(max = Department.NAME_LENGTH)
  private String name;

  @NotBlank(message = "{organisation.department.shortName.required}")
  @Size(max = Department.SHORT_NAME_LENGTH)
  private String shortName;

  @NotNull(message = "{organisation.department.region.required}")
  private Long regionId;

  @NotNull(message = "{organisation.department.hall.required}")
  private Long hallId;

  @PostConstruct
  void load() {
    departments = new BoundaryLazyModel<>(departmentService::page, DepartmentRow::id);
    regions = regionService.activeRegions();
  }

  public void startCreate() {
    code = null;
    name = null;
    shortName = null;
    regionId = departments.getFilter();
    hallId = null;
    if (halls == null) {
      halls = hallService.activeHalls();
    }
  }

  /** Creates the department and opens its page, where its section and windows are set up. */
  public String create() {
    Long id =
        Attempt.get(
            () ->
                departmentService.create(
                    new DepartmentForm(code, name, shortName, regionId, hallId)));
    if (id == null) {
      return null;
    }
    Texts.info("staff_organisation_departments.created", name);
    return "/staff/organisation/department?faces-redirect=true&id=" + id;
  }

  public BoundaryLazyModel<DepartmentRow, Long> getDepartments() {
    return departments;
  }

  public List<RegionNode> getRegions() {
    return regions;
  }

  public List<HallRow> getHalls() {
    return halls;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
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

  public Long getRegionId() {
    return regionId;
  }

  public void setRegionId(Long regionId) {
    this.regionId = regionId;
  }

  public Long getHallId() {
    return hallId;
  }

  public void setHallId(Long hallId) {
    this.hallId = hallId;
  }
}
