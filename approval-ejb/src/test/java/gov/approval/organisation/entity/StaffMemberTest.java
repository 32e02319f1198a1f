package gov.approval.organisation.entity;

import static gov.approval.organisation.entity.OrganisationFixture.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.approval.identity.entity.AccountKind;
import gov.approval.identity.entity.Permission;
import gov.approval.identity.entity.Position;
import gov.approval.identity.entity.UserAccount;
import gov.approval.platform.boundary.BusinessException;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A staff member's positions and window, as a department head assigns them. */
class StaffMemberTest {

  private final OrganisationFixture org = new OrganisationFixture();
  private final Department market = org.department("SCJG", "市场监督管理局");

  @Test
  void permissionsFollowThePositions() {
    StaffMember zhao = staff(market, "zhao", Position.CLERK, Position.REVIEWER);

    assertThat(zhao.permissions())
        .contains(Permission.CASE_ACCEPT, Permission.CASE_REVIEW)
        .doesNotContain(Permission.CASE_DECIDE);
  }

  @Test
  void positionsCanBeReplaced() {
    StaffMember zhao = staff(market, "zhao", Position.CLERK);

    zhao.assignPositions(Set.of(Position.REVIEWER, Position.DEPARTMENT_HEAD));

    assertThat(zhao.getPositions())
        .containsExactlyInAnyOrder(Position.REVIEWER, Position.DEPARTMENT_HEAD);
  }

  @Test
  void assigningPositionsKeepsAnExistingChiefPosition() {
    StaffMember li = staff(market, "li", Position.REVIEWER);
    market.getSection().appointChiefRepresentative(li);

    li.assignPositions(Set.of(Position.CLERK));

    assertThat(li.getPositions())
        .containsExactlyInAnyOrder(Position.CLERK, Position.CHIEF_REPRESENTATIVE);
    assertThat(market.getSection().getChiefRepresentative()).isSameAs(li);
  }

  @Test
  void chiefPositionIsNotGrantedByAssigningPositions() {
    StaffMember zhao = staff(market, "zhao", Position.CLERK);

    zhao.assignPositions(Set.of(Position.REVIEWER, Position.CHIEF_REPRESENTATIVE));

    assertThat(zhao.getPositions()).containsExactly(Position.REVIEWER);
    assertThat(zhao.permissions()).doesNotContain(Permission.CASE_DECIDE);
  }

  @Test
  void newStaffCannotStartAsChief() {
    assertThatThrownBy(() -> staff(market, "zhao", Position.CHIEF_REPRESENTATIVE))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> assertThat(e.getMessageKey()).isEqualTo("organisation.staff.positionRequired"));
  }

  @Test
  void atLeastOnePositionIsRequired() {
    StaffMember zhao = staff(market, "zhao", Position.CLERK);

    assertThatThrownBy(() -> zhao.assignPositions(EnumSet.noneOf(Position.class)))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> assertThat(e.getMessageKey()).isEqualTo("organisation.staff.positionRequired"));
    assertThatThrownBy(() -> zhao.assignPositions(null)).isInstanceOf(BusinessException.class);
    assertThat(zhao.getPositions()).containsExactly(Position.CLERK);
  }

  @Test
  void positionsCannotBeChangedBehindTheEntitysBack() {
    StaffMember zhao = staff(market, "zhao", Position.CLERK);

    assertThatThrownBy(() -> zhao.getPositions().add(Position.SYSTEM_ADMIN))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void staffIsSeatedAtAWindowOfTheOwnSection() {
    StaffMember zhao = staff(market, "zhao", Position.CLERK);
    ServiceWindow a01 = new ServiceWindow(market.getSection(), "A01", "市场监管综合窗口");

    zhao.seatAt(a01);

    assertThat(zhao.getWindow()).isSameAs(a01);
    assertThat(a01.getHall()).isSameAs(org.hall);

    zhao.seatAt(null);
    assertThat(zhao.getWindow()).isNull();
  }

  @Test
  void staffCannotBeSeatedAtAnotherDepartmentsWindow() {
    Department tax = org.department("SWJ", "税务局");
    ServiceWindow b02 = new ServiceWindow(tax.getSection(), "B02", "税务综合窗口");
    StaffMember zhao = staff(market, "zhao", Position.CLERK);

    assertThatThrownBy(() -> zhao.seatAt(b02))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> {
              assertThat(e.getMessageKey()).isEqualTo("organisation.staff.windowOtherDepartment");
              assertThat(e.getArguments()).containsExactly("B02", "市场监督管理局");
            });
    assertThat(zhao.getWindow()).isNull();
  }

  @Test
  void citizenAccountCannotBecomeStaff() {
    UserAccount citizen =
        new UserAccount(
            "13912345678",
            "hash",
            AccountKind.CITIZEN,
            "张三",
            null,
            "13912345678",
            OrganisationFixture.NOW);

    assertThatThrownBy(() -> new StaffMember(citizen, market, Set.of(Position.CLERK)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void deactivatedAccountMakesTheStaffMemberInactive() {
    StaffMember zhao = staff(market, "zhao", Position.CLERK);

    zhao.getAccount().deactivate();

    assertThat(zhao.isActive()).isFalse();
  }
}
