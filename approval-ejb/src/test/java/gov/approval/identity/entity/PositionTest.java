package gov.approval.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What each staff position may do, as the back office menus and boundaries enforce it. */
class PositionTest {

  @Test
  void clerkMayTakeInAndAcceptButNotDecide() {
    assertThat(Position.CLERK.permissions())
        .contains(Permission.CASE_INTAKE, Permission.CASE_ACCEPT)
        .doesNotContain(Permission.CASE_DECIDE, Permission.CASE_REVIEW, Permission.ORG_MANAGE);
  }

  @Test
  void onlyTheChiefRepresentativeMayDecide() {
    assertThat(Position.CHIEF_REPRESENTATIVE.permissions()).contains(Permission.CASE_DECIDE);
    assertThat(holdersOf(Permission.CASE_DECIDE)).containsExactly(Position.CHIEF_REPRESENTATIVE);
  }

  @Test
  void onlyHallAdminAndSystemAdminManageTheOrganisation() {
    assertThat(holdersOf(Permission.ORG_MANAGE))
        .containsExactlyInAnyOrder(Position.HALL_ADMIN, Position.SYSTEM_ADMIN);
  }

  @Test
  void departmentHeadManagesOwnDepartmentAndStaffButNotTheOrganisation() {
    assertThat(Position.DEPARTMENT_HEAD.permissions())
        .contains(Permission.DEPARTMENT_MANAGE, Permission.STAFF_MANAGE)
        .doesNotContain(Permission.ORG_MANAGE, Permission.CASE_DECIDE);
  }

  @Test
  void permissionsOfSeveralPositionsIsTheUnion() {
    Set<Permission> both = Position.permissionsOf(List.of(Position.CLERK, Position.REVIEWER));

    assertThat(both)
        .containsExactlyInAnyOrder(
            Permission.ORG_VIEW,
            Permission.CASE_VIEW,
            Permission.CASE_INTAKE,
            Permission.CASE_ACCEPT,
            Permission.CASE_REVIEW);
  }

  @Test
  void permissionsOfNoPositionIsEmpty() {
    assertThat(Position.permissionsOf(List.of())).isEmpty();
  }

  @Test
  void changingAUnionLeavesThePositionsUntouched() {
    Set<Permission> union = Position.permissionsOf(List.of(Position.CLERK));
    union.add(Permission.ORG_MANAGE);

    assertThat(Position.CLERK.permissions()).doesNotContain(Permission.ORG_MANAGE);
    assertThatThrownBy(() -> Position.CLERK.permissions().add(Permission.ORG_MANAGE))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  /** {@code @RolesAllowed(Roles.X)} must name exactly the role the identity store grants for X. */
  @Test
  void everyPermissionHasARoleConstantOfTheSameNameAndValueAndViceVersa() throws Exception {
    Map<String, String> roleConstants = new TreeMap<>();
    for (Field field : Roles.class.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isPublic(modifiers)
          && Modifier.isStatic(modifiers)
          && Modifier.isFinal(modifiers)
          && field.getType() == String.class) {
        roleConstants.put(field.getName(), (String) field.get(null));
      }
    }
    assertThat(roleConstants).containsEntry("STAFF", "STAFF").containsEntry("CITIZEN", "CITIZEN");
    roleConstants.remove("STAFF");
    roleConstants.remove("CITIZEN");

    Map<String, String> expected =
        Arrays.stream(Permission.values())
            .collect(
                Collectors.toMap(Permission::name, Permission::name, (a, b) -> a, TreeMap::new));
    assertThat(roleConstants).isEqualTo(expected);
  }

  private static Set<Position> holdersOf(Permission permission) {
    return Arrays.stream(Position.values())
        .filter(p -> p.permissions().contains(permission))
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Position.class)));
  }
}
