package gov.approval.appointment.boundary;

import gov.approval.organisation.entity.RegionLevel;

/** A hall as the public pages show it: where it is, when it opens, whom to call. */
public record PublicHall(
    Long id,
    String name,
    String regionName,
    RegionLevel regionLevel,
    String address,
    String phone,
    String openingHours) {}
