package gov.approval.republication.entity;

import gov.approval.catalogue.entity.ItemChangeKind;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a change asks the provincial platform to do with an item, named after the kinds of the
 * catalogue's history that it republishes. Back-office steps (drafts, reviews) and decisions that
 * change nothing (KEPT) are not republished.
 */
public enum Operation {
  /** The first version of an item was published. */
  NEW(ItemChangeKind.PUBLISHED),
  /** A later version was published, or the lists, windows or (by a merger) scope changed. */
  UPDATE(
      ItemChangeKind.PUBLISHED,
      ItemChangeKind.LISTS_CHANGED,
      ItemChangeKind.WINDOWS_CHANGED,
      ItemChangeKind.ABSORBED),
  SUSPEND(ItemChangeKind.SUSPENDED),
  RESUME(ItemChangeKind.RESUMED),
  /** Cancelled by a reform round, or merged into another item: the item ends. */
  CANCEL(ItemChangeKind.CANCELLED, ItemChangeKind.MERGED),
  /** Delegated to another level: a new implementation code. */
  DELEGATE(ItemChangeKind.DELEGATED),
  /** Transferred to another department: a new implementation code. */
  TRANSFER(ItemChangeKind.TRANSFERRED);

  private final Set<ItemChangeKind> kinds;

  Operation(ItemChangeKind first, ItemChangeKind... rest) {
    this.kinds = EnumSet.of(first, rest);
  }

  /** Every history kind that is republished. */
  public static Set<ItemChangeKind> republishedKinds() {
    Set<ItemChangeKind> all = EnumSet.noneOf(ItemChangeKind.class);
    Arrays.stream(values()).forEach(operation -> all.addAll(operation.kinds));
    return all;
  }

  /** The operation for a history row of {@code kind} about version {@code versionNumber}. */
  public static Optional<Operation> of(ItemChangeKind kind, int versionNumber) {
    if (kind == ItemChangeKind.PUBLISHED) {
      return Optional.of(versionNumber == 1 ? NEW : UPDATE);
    }
    return Arrays.stream(values()).filter(operation -> operation.kinds.contains(kind)).findFirst();
  }
}
