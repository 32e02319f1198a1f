package gov.approval.catalogue.boundary;

import gov.approval.catalogue.entity.ItemChangeKind;
import java.time.Instant;

/**
 * One row of history: for the back office with the actor, for the public changelog without ({@code
 * actor} is then null).
 */
public record ChangeRow(
    Long id,
    Long itemId,
    String implementationCode,
    String itemName,
    Integer versionNumber,
    ItemChangeKind kind,
    Instant changedAt,
    String actor,
    String summary,
    String roundName,
    String roundDocumentNumber) {

  /** The same row for the public, who see what changed but not which official changed it. */
  public ChangeRow withoutActor() {
    return new ChangeRow(
        id,
        itemId,
        implementationCode,
        itemName,
        versionNumber,
        kind,
        changedAt,
        null,
        summary,
        roundName,
        roundDocumentNumber);
  }
}
