package gov.approval.organisation.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.approval.platform.boundary.BusinessException;
import org.junit.jupiter.api.Test;

/** A department and the one approval section it gets on creation. */
class DepartmentTest {

  private final OrganisationFixture org = new OrganisationFixture();

  @Test
  void newDepartmentHasExactlyOneSectionStationedInTheGivenHall() {
    Department department = org.department("SCJG", "市场监督管理局");

    ApprovalSection section = department.getSection();
    assertThat(section).isNotNull();
    assertThat(section.getName()).isEqualTo("市场监督管理局行政审批科");
    assertThat(section.getHall()).isSameAs(org.hall);
    assertThat(section.getDepartment()).isSameAs(department);
    assertThat(section.getChiefRepresentative()).isNull();
    assertThat(department.getSection()).as("always the same section").isSameAs(section);
  }

  @Test
  void renamingKeepsTheSectionName() {
    Department department = org.department("SCJG", "市场监督管理局");

    department.rename("市场监管局", "市监");

    assertThat(department.getName()).isEqualTo("市场监管局");
    assertThat(department.getSection().getName()).isEqualTo("市场监督管理局行政审批科");
  }

  @Test
  void unsavedDepartmentIsSameOnlyAsItself() {
    Department market = org.department("SCJG", "市场监督管理局");
    Department tax = org.department("SWJ", "税务局");

    assertThat(market.isSameAs(market)).isTrue();
    assertThat(market.isSameAs(tax)).isFalse();
    assertThat(tax.isSameAs(market)).isFalse();
    assertThat(market.isSameAs(null)).isFalse();
  }

  @Test
  void departmentCannotBeActivatedInAnInactiveRegion() {
    Department department = org.department("SCJG", "市场监督管理局");
    department.deactivate();
    org.city.deactivate();

    assertThatThrownBy(department::activate)
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> assertThat(e.getMessageKey()).isEqualTo("organisation.department.regionInactive"));
    assertThat(department.isActive()).isFalse();
  }
}
