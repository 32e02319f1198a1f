package gov.approval.organisation.entity;

import java.util.Optional;

/** The four administrative levels: 市, 县(区), 镇(街道), 村(社区). */
public enum RegionLevel {
  CITY,
  COUNTY,
  TOWN,
  VILLAGE;

  /** The level directly below, if any. */
  public Optional<RegionLevel> below() {
    return this == VILLAGE ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
  }
}
