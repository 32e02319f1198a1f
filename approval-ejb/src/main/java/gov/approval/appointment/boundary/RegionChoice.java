package gov.approval.appointment.boundary;

import gov.approval.organisation.entity.RegionLevel;

/** A region that has at least one active hall, for the public filter. */
public record RegionChoice(Long id, String name, RegionLevel level) {}
