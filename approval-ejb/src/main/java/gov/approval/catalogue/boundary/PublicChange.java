package gov.approval.catalogue.boundary;

import gov.approval.catalogue.entity.ItemChangeKind;
import java.time.Instant;

/**
 * One entry of the public changelog: what changed for citizens on which item, when and under which
 * reform round, never who did it nor anything about versions that were not published.
 */
public record PublicChange(
    String implementationCode,
    String itemName,
    Integer versionNumber,
    ItemChangeKind kind,
    Instant changedAt,
    String summary,
    Long roundId,
    String roundName,
    String roundDocumentNumber) {}
