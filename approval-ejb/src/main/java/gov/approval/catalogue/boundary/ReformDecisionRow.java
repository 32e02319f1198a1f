package gov.approval.catalogue.boundary;

import gov.approval.catalogue.entity.ReformOutcome;
import gov.approval.organisation.entity.RegionLevel;
import java.time.Instant;

/** A decision of a round as its list shows it; {@code appliedAt} is null until carried out. */
public record ReformDecisionRow(
    Long id,
    long version,
    Long itemId,
    String implementationCode,
    String itemName,
    ReformOutcome outcome,
    RegionLevel targetLevel,
    String targetDepartmentName,
    String mergeIntoCode,
    String note,
    Instant appliedAt) {}
