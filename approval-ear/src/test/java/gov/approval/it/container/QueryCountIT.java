package gov.approval.it.container;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.it.support.ActAs;
import gov.approval.it.support.Deployments;
import gov.approval.organisation.boundary.DepartmentForm;
import gov.approval.organisation.boundary.DepartmentService;
import gov.approval.organisation.boundary.HallForm;
import gov.approval.organisation.boundary.HallRow;
import gov.approval.organisation.boundary.HallService;
import gov.approval.organisation.boundary.RegionService;
import gov.approval.organisation.boundary.StaffService;
import gov.approval.platform.boundary.PageRequest;
import gov.approval.platform.boundary.SqlStatements;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Lists cost a fixed number of SQL statements however many rows they show: one for the page and one
 * for the count, never one more per row (the N+1 that EclipseLink's silent lazy loading would
 * cause).
 */
@ExtendWith(ArquillianExtension.class)
@ActAs("admin")
class QueryCountIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWith(QueryCountIT.class);
  }

  @Inject HallService halls;
  @Inject DepartmentService departments;
  @Inject StaffService staff;
  @Inject RegionService regions;

  @Test
  void aPageOfHallsIsTwoStatementsForFiveOrFiftyRows() {
    SqlStatements.Measured<?> five =
        SqlStatements.measure(() -> halls.page(PageRequest.of(0, 5), null));
    SqlStatements.Measured<?> fifty =
        SqlStatements.measure(() -> halls.page(PageRequest.of(0, 50), null));

    assertThat(five.statements()).isEqualTo(2);
    assertThat(fifty.statements()).isEqualTo(2);
  }

  @Test
  void aPageOfDepartmentsWithHallAndChiefIsTwoStatements() {
    SqlStatements.Measured<?> page =
        SqlStatements.measure(
            () -> departments.page(new PageRequest(0, 40, "name", true, null), null));

    assertThat(page.statements()).isEqualTo(2);
  }

  @Test
  void aPageOfStaffWithPositionsAndWindowsIsTwoStatements() {
    assertThat(SqlStatements.count(() -> staff.page(PageRequest.of(0, 100), null))).isEqualTo(2);
  }

  @Test
  void aLevelOfTheRegionTreeIsOneStatement() {
    Long weinan = regions.children(null).get(0).id();

    assertThat(SqlStatements.count(() -> regions.children(weinan))).isEqualTo(1);
  }

  @Test
  void aDepartmentPageCostsTheSameWithNoWindowOrManyWindows() {
    String code = "Q" + System.nanoTime() % 100_000_000;
    HallRow cityHall =
        halls.page(new PageRequest(0, 1, null, true, "渭南市政务服务中心"), null).rows().get(0);
    // A hall of its own, so that window numbers never collide with other tests or earlier runs.
    HallRow hall = halls.create(new HallForm(cityHall.regionId(), "计数大厅" + code, null, null, null));
    Long id =
        departments.create(
            new DepartmentForm(code, "渭南市计数局" + code, "计数局", hall.regionId(), hall.id()));

    long withoutWindows = SqlStatements.count(() -> departments.details(id));
    for (int i = 1; i <= 4; i++) {
      departments.addWindow(id, "Q" + i, "计数窗口" + i);
    }
    long withFourWindows = SqlStatements.count(() -> departments.details(id));

    assertThat(withFourWindows).isEqualTo(withoutWindows).isLessThanOrEqualTo(6);
  }
}
