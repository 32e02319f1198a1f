package gov.approval.organisation.boundary;

/**
 * A department with its section's hall and chief representative, as the department list shows it.
 */
public record DepartmentRow(
    Long id,
    long version,
    String code,
    String name,
    String shortName,
    String regionName,
    String hallName,
    String chiefName,
    long windows,
    long staff,
    boolean active) {}
