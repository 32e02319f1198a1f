package gov.approval.catalogue.boundary;

import gov.approval.catalogue.entity.ItemType;
import gov.approval.catalogue.entity.OnlineLevel;
import gov.approval.catalogue.entity.VersionStatus;
import gov.approval.organisation.entity.RegionLevel;

/**
 * The filters of the item list; a null field filters nothing. {@code codePrefix} matches the start
 * of the implementation code (the search text of the page request matches names and keywords).
 */
public record ItemFilter(
    Long listId,
    Long departmentId,
    ItemType type,
    OnlineLevel onlineLevel,
    VersionStatus status,
    RegionLevel regionLevel,
    String codePrefix) {

  public static final ItemFilter NONE = new ItemFilter(null, null, null, null, null, null, null);

  public ItemFilter {
    codePrefix = codePrefix == null || codePrefix.isBlank() ? null : codePrefix.strip();
  }

  public ItemFilter withDepartment(Long departmentId) {
    return new ItemFilter(listId, departmentId, type, onlineLevel, status, regionLevel, codePrefix);
  }
}
