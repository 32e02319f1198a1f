package gov.approval.organisation.entity;

import static gov.approval.organisation.entity.OrganisationFixture.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.approval.identity.entity.Permission;
import gov.approval.identity.entity.Position;
import gov.approval.platform.boundary.BusinessException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Appointing the chief representative and moving the section between halls. */
class ApprovalSectionTest {

  private final OrganisationFixture org = new OrganisationFixture();
  private final Department market = org.department("SCJG", "市场监督管理局");
  private final ApprovalSection section = market.getSection();

  @Test
  void appointedChiefRepresentativeMayDecide() {
    StaffMember li = staff(market, "li", Position.REVIEWER);

    section.appointChiefRepresentative(li);

    assertThat(section.getChiefRepresentative()).isSameAs(li);
    assertThat(li.getPositions())
        .containsExactlyInAnyOrder(Position.REVIEWER, Position.CHIEF_REPRESENTATIVE);
    assertThat(li.permissions()).contains(Permission.CASE_DECIDE);
  }

  @Test
  void staffOfAnotherDepartmentCannotBeChief() {
    Department tax = org.department("SWJ", "税务局");
    StaffMember wang = staff(tax, "wang", Position.REVIEWER);

    assertThatThrownBy(() -> section.appointChiefRepresentative(wang))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> {
              assertThat(e.getMessageKey()).isEqualTo("organisation.section.chiefOtherDepartment");
              assertThat(e.getArguments()).containsExactly("wang", "市场监督管理局");
            });
    assertThat(section.getChiefRepresentative()).isNull();
    assertThat(wang.getPositions()).containsExactly(Position.REVIEWER);
  }

  @Test
  void inactiveStaffCannotBeChief() {
    StaffMember li = staff(market, "li", Position.REVIEWER);
    li.getAccount().deactivate();

    assertThatThrownBy(() -> section.appointChiefRepresentative(li))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> assertThat(e.getMessageKey()).isEqualTo("organisation.staff.inactive"));
    assertThat(li.getPositions()).doesNotContain(Position.CHIEF_REPRESENTATIVE);
  }

  @Test
  void newChiefTakesThePositionFromThePreviousOne() {
    StaffMember li = staff(market, "li", Position.REVIEWER);
    StaffMember zhao = staff(market, "zhao", Position.CLERK);
    section.appointChiefRepresentative(li);

    section.appointChiefRepresentative(zhao);

    assertThat(section.getChiefRepresentative()).isSameAs(zhao);
    assertThat(zhao.getPositions())
        .containsExactlyInAnyOrder(Position.CLERK, Position.CHIEF_REPRESENTATIVE);
    assertThat(li.getPositions()).containsExactly(Position.REVIEWER);
    assertThat(li.permissions()).doesNotContain(Permission.CASE_DECIDE);
  }

  @Test
  void previousChiefWithNoOtherPositionBecomesClerk() {
    StaffMember li = staff(market, "li", Position.REVIEWER);
    section.appointChiefRepresentative(li);
    li.assignPositions(Set.of(Position.CHIEF_REPRESENTATIVE));
    assertThat(li.getPositions()).containsExactly(Position.CHIEF_REPRESENTATIVE);

    section.appointChiefRepresentative(staff(market, "zhao", Position.CLERK));

    assertThat(li.getPositions()).containsExactly(Position.CLERK);
  }

  @Test
  void reappointingTheChiefKeepsThePosition() {
    StaffMember li = staff(market, "li", Position.REVIEWER);
    section.appointChiefRepresentative(li);

    section.appointChiefRepresentative(li);

    assertThat(section.getChiefRepresentative()).isSameAs(li);
    assertThat(li.getPositions()).contains(Position.CHIEF_REPRESENTATIVE);
  }

  @Test
  void sectionMovesToAnActiveHall() {
    ServiceHall county = new ServiceHall(org.city, "临渭区政务服务中心");

    section.stationIn(county);

    assertThat(section.getHall()).isSameAs(county);
  }

  @Test
  void sectionCannotMoveToAnInactiveHall() {
    ServiceHall closed = new ServiceHall(org.city, "旧政务大厅");
    closed.deactivate();

    assertThatThrownBy(() -> section.stationIn(closed))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> {
              assertThat(e.getMessageKey()).isEqualTo("organisation.hall.inactive");
              assertThat(e.getArguments()).containsExactly("旧政务大厅");
            });
    assertThat(section.getHall()).isSameAs(org.hall);
  }
}
