package gov.approval.organisation.boundary;

import gov.approval.organisation.entity.RegionLevel;

/** A service hall as lists and forms show it. */
public record HallRow(
    Long id,
    long version,
    String name,
    Long regionId,
    String regionName,
    RegionLevel regionLevel,
    String address,
    String phone,
    String openingHours,
    boolean active,
    long sections) {}
