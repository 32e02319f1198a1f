package gov.approval.organisation.boundary;

import gov.approval.identity.entity.Position;
import java.util.Set;

/** The logged-in staff member, for the back office's home and header. */
public record StaffProfile(
    String username,
    String displayName,
    Long departmentId,
    String departmentName,
    String windowNumber,
    Set<Position> positions) {}
