package gov.approval.catalogue.boundary;

import java.util.List;

/**
 * A successful import: every item of the file with whether it was created, and the ids of the items
 * created as new drafts and of those given new draft content.
 */
public record ImportResult(List<ImportedItemRow> items) {

  /** One imported item, for links from the import's report to the item. */
  public record ImportedItemRow(
      Long itemId, String implementationCode, String name, boolean created) {}

  public ImportResult {
    items = List.copyOf(items);
  }

  public List<Long> createdItemIds() {
    return items.stream().filter(ImportedItemRow::created).map(ImportedItemRow::itemId).toList();
  }

  public List<Long> updatedItemIds() {
    return items.stream().filter(i -> !i.created()).map(ImportedItemRow::itemId).toList();
  }

  public int created() {
    return createdItemIds().size();
  }

  public int updated() {
    return updatedItemIds().size();
  }
}
