package gov.approval.organisation.boundary;

import gov.approval.identity.entity.Position;
import java.time.Instant;
import java.util.Set;

/** A staff member as the staff list shows it; no password data, no personal data beyond contact. */
public record StaffRow(
    Long id,
    long version,
    String username,
    String name,
    String email,
    Long departmentId,
    String departmentName,
    String windowNumber,
    Set<Position> positions,
    boolean active,
    Instant lockedUntil) {

  public boolean isLocked() {
    return lockedUntil != null && lockedUntil.isAfter(Instant.now());
  }
}
