package gov.approval.web.staff.catalogue;

import gov.approval.catalogue.boundary.ItemFilter;
import gov.approval.catalogue.entity.ItemType;
import gov.approval.catalogue.entity.OnlineLevel;
import gov.approval.catalogue.entity.VersionStatus;
import gov.approval.organisation.entity.RegionLevel;
import java.io.Serializable;

/**
 * The filter selects of the item list, which bind to fields; the boundary's {@link ItemFilter} is
 * an immutable record built from them for each page.
 */
public class ItemFilterForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long listId;
  private Long departmentId;
  private ItemType type;
  private OnlineLevel onlineLevel;
  private VersionStatus status;
  private RegionLevel regionLevel;
  private String codePrefix;

  public ItemFilter toFilter() {
    return new ItemFilter(listId, departmentId, type, onlineLevel, status, regionLevel, codePrefix);
  }

  public Long getListId() {
    return listId;
  }

  public void setListId(Long listId) {
    this.listId = listId;
  }

  public Long getDepartmentId() {
    return departmentId;
  }

  public void setDepartmentId(Long departmentId) {
    this.departmentId = departmentId;
  }

  public ItemType getType() {
    return type;
  }

  public void setType(ItemType type) {
    this.type = type;
  }

  public OnlineLevel getOnlineLevel() {
    return onlineLevel;
  }

  public void setOnlineLevel(OnlineLevel onlineLevel) {
    this.onlineLevel = onlineLevel;
  }

  public VersionStatus getStatus() {
    return status;
  }

  public void setStatus(VersionStatus status) {
    this.status = status;
  }

  public RegionLevel getRegionLevel() {
    return regionLevel;
  }

  public void setRegionLevel(RegionLevel regionLevel) {
    this.regionLevel = regionLevel;
  }

  public String getCodePrefix() {
    return codePrefix;
  }

  public void setCodePrefix(String codePrefix) {
    this.codePrefix = codePrefix;
  }
}
