package gov.approval.organisation.boundary;

import gov.approval.organisation.entity.RegionLevel;

/** A region as the tree shows it, with how many sub-regions and halls it has. */
public record RegionNode(
    Long id,
    long version,
    String code,
    String name,
    RegionLevel level,
    boolean active,
    Long parentId,
    long children,
    long halls) {

  public boolean isLeaf() {
    return children == 0;
  }
}
