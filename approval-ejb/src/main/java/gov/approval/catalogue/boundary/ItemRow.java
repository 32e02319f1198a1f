package gov.approval.catalogue.boundary;

import gov.approval.catalogue.entity.ItemType;
import gov.approval.catalogue.entity.OnlineLevel;
import gov.approval.catalogue.entity.VersionStatus;
import gov.approval.organisation.entity.RegionLevel;
import java.time.Instant;

/**
 * An item as the back-office list shows it: its headline, the published version's number and the
 * status of a version in the works, if any (read in the list's one statement, no version opened).
 */
public record ItemRow(
    Long id,
    long version,
    String implementationCode,
    String name,
    ItemType type,
    Long departmentId,
    String departmentName,
    RegionLevel regionLevel,
    OnlineLevel onlineLevel,
    VersionStatus status,
    Integer publishedNumber,
    VersionStatus workingStatus,
    Instant updatedAt) {}
