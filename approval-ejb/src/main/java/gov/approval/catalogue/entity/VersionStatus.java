package gov.approval.catalogue.entity;

/**
 * Where an item version stands. A draft is edited and submitted; in review it waits for a second
 * person; published it governs new cases; superseded it still governs the cases started under it;
 * suspended it takes no new cases for a while; ended it takes none ever again.
 */
public enum VersionStatus {
  DRAFT,
  IN_REVIEW,
  PUBLISHED,
  SUPERSEDED,
  SUSPENDED,
  ENDED;

  /** Whether the content may still change (only a draft's may). */
  public boolean isEditable() {
    return this == DRAFT;
  }
}
