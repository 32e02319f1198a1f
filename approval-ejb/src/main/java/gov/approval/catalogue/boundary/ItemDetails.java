package gov.approval.catalogue.boundary;

import gov.approval.catalogue.entity.VersionStatus;
import gov.approval.organisation.entity.RegionLevel;
import java.util.List;

/**
 * An item for the editor: codes, owner, level, lists, its published version and the one in the
 * works (either may be null), the rules the latter breaks now, and whether the caller may change
 * the item ({@code version} is what every change sends back).
 */
public record ItemDetails(
    Long id,
    long version,
    String basicCode,
    String implementationCode,
    Long departmentId,
    String departmentName,
    RegionLevel regionLevel,
    VersionStatus status,
    List<ItemListRow> lists,
    VersionView published,
    VersionView working,
    List<RuleViolation> workingViolations,
    boolean manageable) {

  public ItemDetails {
    lists = List.copyOf(lists);
    workingViolations = List.copyOf(workingViolations);
  }
}
