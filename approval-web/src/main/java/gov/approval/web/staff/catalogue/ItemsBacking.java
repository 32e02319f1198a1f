package gov.approval.web.staff.catalogue;

import gov.approval.catalogue.boundary.CatalogueService;
import gov.approval.catalogue.boundary.DraftSaved;
import gov.approval.catalogue.boundary.ItemListRow;
import gov.approval.catalogue.boundary.ItemRow;
import gov.approval.catalogue.boundary.NewItem;
import gov.approval.catalogue.entity.ItemContent;
import gov.approval.catalogue.entity.ItemType;
import gov.approval.catalogue.entity.ItemVersion;
import gov.approval.catalogue.entity.OnlineLevel;
import gov.approval.catalogue.entity.VersionStatus;
import gov.approval.organisation.boundary.DepartmentRow;
import gov.approval.organisation.boundary.DepartmentService;
import gov.approval.organisation.boundary.StaffService;
import gov.approval.organisation.entity.RegionLevel;
import gov.approval.web.i18n.Texts;
import gov.approval.web.security.ActiveUser;
import gov.approval.web.shell.Attempt;
import gov.approval.web.shell.BoundaryLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * The items ({@code /staff/catalogue/items.xhtml}): a paged list filtered by list, department,
 * type, online level, status, level, code prefix and search text, sorted by column; each row opens
 * the editor. Department staff start on their own department's items (they may read the others, the
 * boundary lets them change only their own); editors create an item with its first draft.
 */
@Named
@ViewScoped
public class ItemsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CatalogueService catalogueService;

  @Inject DepartmentService departmentService;

  @Inject StaffService staffService;

  @Inject ActiveUser activeUser;

  private BoundaryLazyModel<ItemRow, ItemFilterForm> items;
  private List<ItemListRow> lists;
  private List<DepartmentRow> departments;
  private Long ownDepartmentId;

  // The new item dialog.
  @NotBlank(message = "{catalogue.item.basicCode.required}")
  private String basicCode;

  @NotNull(message = "{catalogue.item.department.required}")
  private Long departmentId;

  @NotNull(message = "{catalogue.item.regionLevel.required}")
  private RegionLevel regionLevel;

  private Long[] listIds = new Long[0];

  @NotBlank(message = "{catalogue.version.name.required}")
  @Size(max = ItemVersion.NAME_LENGTH)
  private String name;

  @NotNull(message = "{catalogue.version.type.required}")
  private ItemType type;

  @PostConstruct
  void load() {
    CatalogueService service = catalogueService;
    items =
        new BoundaryLazyModel<>(
            (request, filter) -> service.page(request, filter.toFilter()), ItemRow::id);
    ItemFilterForm filter = new ItemFilterForm();
    if (!activeUser.can("ORG_MANAGE")) {
      ownDepartmentId = staffService.me().departmentId();
      filter.setDepartmentId(ownDepartmentId);
    }
    items.setFilter(filter);
    lists = catalogueService.lists();
    departments = departmentService.activeDepartments();
  }

  public void startCreate() {
    basicCode = null;
    departmentId = ownDepartmentId;
    regionLevel = RegionLevel.CITY;
    listIds = lists.isEmpty() ? new Long[0] : new Long[] {lists.get(0).id()};
    name = null;
    type = ItemType.LICENSING;
  }

  /** Creates the item with a first draft holding name and type, and opens it in the editor. */
  public String create() {
    ItemContent content = ItemContent.builder().name(name).type(type).build();
    DraftSaved saved =
        Attempt.get(
            () ->
                catalogueService.create(
                    new NewItem(
                        basicCode == null ? null : basicCode.strip(),
                        departmentId,
                        regionLevel,
                        Set.of(listIds),
                        content)));
    if (saved == null) {
      return null;
    }
    Texts.info("staff_catalogue_items.created", name);
    return "/staff/catalogue/item?faces-redirect=true&id=" + saved.itemId();
  }

  public boolean isCanCreate() {
    return activeUser.can("CATALOGUE_EDIT");
  }

  public ItemType[] getTypes() {
    return ItemType.values();
  }

  public OnlineLevel[] getOnlineLevels() {
    return OnlineLevel.values();
  }

  public VersionStatus[] getStatuses() {
    return VersionStatus.values();
  }

  public RegionLevel[] getRegionLevels() {
    return RegionLevel.values();
  }

  public BoundaryLazyModel<ItemRow, ItemFilterForm> getItems() {
    return items;
  }

  public List<ItemListRow> getLists() {
    return lists;
  }

  public List<DepartmentRow> getDepartments() {
    return departments;
  }

  public String getBasicCode() {
    return basicCode;
  }

  public void setBasicCode(String basicCode) {
    this.basicCode = basicCode;
  }

  public Long getDepartmentId() {
    return departmentId;
  }

  public void setDepartmentId(Long departmentId) {
    this.departmentId = departmentId;
  }

  public RegionLevel getRegionLevel() {
    return regionLevel;
  }

  public void setRegionLevel(RegionLevel regionLevel) {
    this.regionLevel = regionLevel;
  }

  public Long[] getListIds() {
    return listIds;
  }

  public void setListIds(Long[] listIds) {
    this.listIds = listIds == null ? new Long[0] : listIds;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public ItemType getType() {
    return type;
  }

  public void setType(ItemType type) {
    this.type = type;
  }
}
