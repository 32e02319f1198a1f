package gov.approval.organisation.boundary;

import java.util.List;

/**
 * A department with its approval section and windows, for the department page; {@code manageable}
 * says whether the caller may change it (their own department, or all with ORG_MANAGE).
 */
public record DepartmentDetails(
    Long id,
    long version,
    String code,
    String name,
    String shortName,
    Long regionId,
    String regionName,
    boolean active,
    Long sectionId,
    long sectionVersion,
    String sectionName,
    Long hallId,
    String hallName,
    Long chiefId,
    String chiefName,
    List<WindowRow> windows,
    boolean manageable) {}
