package gov.approval.catalogue.entity;

/**
 * What one history row of an item records. Public kinds change what citizens see and appear in the
 * public changelog; the others are the back office's working steps.
 */
public enum ItemChangeKind {
  CREATED(false),
  EDITED(false),
  SUBMITTED(false),
  REJECTED(false),
  LIMIT_EXCEPTION(false),
  NEW_DRAFT(false),
  LISTS_CHANGED(true),
  PUBLISHED(true),
  SUSPENDED(true),
  RESUMED(true),
  CANCELLED(true),
  DELEGATED(true),
  TRANSFERRED(true),
  MERGED(true),
  ABSORBED(true),
  KEPT(true),
  /** The windows where the item is handled changed (citizens go there). */
  WINDOWS_CHANGED(true);

  private final boolean visibleToPublic;

  ItemChangeKind(boolean visibleToPublic) {
    this.visibleToPublic = visibleToPublic;
  }

  public boolean isVisibleToPublic() {
    return visibleToPublic;
  }
}
