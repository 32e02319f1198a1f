package gov.approval.organisation.entity;

import gov.approval.identity.entity.AccountKind;
import gov.approval.identity.entity.Position;
import gov.approval.identity.entity.UserAccount;
import java.time.Instant;
import java.util.Set;

/**
 * A small city with one hall, built fresh for each test. Entities have no ids here: ids come from
 * the database, so the rules must hold for unsaved objects too.
 */
final class OrganisationFixture {

  static final Instant NOW = Instant.parse("2025-03-03T01:00:00Z");

  final Region city = Region.city("610500000000", "渭南市");
  final ServiceHall hall = new ServiceHall(city, "渭南市政务服务中心");

  Department department(String code, String name) {
    return new Department(code, name, name.substring(0, 2), city, hall);
  }

  static StaffMember staff(Department department, String username, Position... positions) {
    UserAccount account =
        new UserAccount(username, "hash", AccountKind.STAFF, username, null, null, NOW);
    return new StaffMember(account, department, Set.of(positions));
  }
}
