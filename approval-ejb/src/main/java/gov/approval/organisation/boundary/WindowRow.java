package gov.approval.organisation.boundary;

/** A window of a section, with the hall it stands in. */
public record WindowRow(
    Long id, long version, String number, String name, String hallName, boolean active) {}
