package gov.approval.catalogue.boundary;

import java.util.List;

/** A successful import: the items created as new drafts and those given new draft content. */
public record ImportResult(List<Long> createdItemIds, List<Long> updatedItemIds) {

  public ImportResult {
    createdItemIds = List.copyOf(createdItemIds);
    updatedItemIds = List.copyOf(updatedItemIds);
  }

  public int created() {
    return createdItemIds.size();
  }

  public int updated() {
    return updatedItemIds.size();
  }
}
