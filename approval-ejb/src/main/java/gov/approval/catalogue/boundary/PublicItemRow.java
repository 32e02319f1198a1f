package gov.approval.catalogue.boundary;

import gov.approval.catalogue.entity.ItemType;
import gov.approval.catalogue.entity.OnlineLevel;
import gov.approval.catalogue.entity.VersionStatus;
import gov.approval.organisation.entity.RegionLevel;

/**
 * A published item as the public browse list and the read API show it: only the published version's
 * headline, read from the item's own columns in the page's one statement. {@code status} is
 * PUBLISHED or SUSPENDED (ended items are not listed).
 */
public record PublicItemRow(
    String implementationCode,
    String name,
    ItemType type,
    String departmentCode,
    String departmentName,
    RegionLevel regionLevel,
    OnlineLevel onlineLevel,
    VersionStatus status) {

  public boolean suspended() {
    return status == VersionStatus.SUSPENDED;
  }
}
