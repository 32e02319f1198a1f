package gov.approval.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.approval.identity.entity.Position;
import gov.approval.it.support.ActAs;
import gov.approval.it.support.Deployments;
import gov.approval.it.support.Unique;
import gov.approval.organisation.boundary.DepartmentDetails;
import gov.approval.organisation.boundary.DepartmentForm;
import gov.approval.organisation.boundary.DepartmentService;
import gov.approval.organisation.boundary.HallForm;
import gov.approval.organisation.boundary.HallRow;
import gov.approval.organisation.boundary.HallService;
import gov.approval.organisation.boundary.NewStaff;
import gov.approval.organisation.boundary.RegionNode;
import gov.approval.organisation.boundary.RegionService;
import gov.approval.organisation.boundary.StaffRow;
import gov.approval.organisation.boundary.StaffService;
import gov.approval.organisation.entity.RegionLevel;
import gov.approval.platform.boundary.AccessDeniedException;
import gov.approval.platform.boundary.BusinessException;
import gov.approval.platform.boundary.ConcurrentChangeException;
import gov.approval.platform.boundary.Page;
import gov.approval.platform.boundary.PageRequest;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.EnumSet;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The organisation boundaries inside the real server, called as the demo users they would be:
 * admins manage everything, a department head only their own department, a clerk nothing. Every
 * test makes its own rows (unique codes), so the tests run in any order and again on the same
 * database.
 */
@ExtendWith(ArquillianExtension.class)
class OrganisationBoundaryIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWith(OrganisationBoundaryIT.class);
  }

  @Inject RegionService regions;
  @Inject HallService halls;
  @Inject DepartmentService departments;
  @Inject StaffService staff;

  @Test
  @ActAs("admin")
  void adminBrowsesTheWeinanTreeLevelByLevel() {
    List<RegionNode> roots = regions.children(null);
    RegionNode weinan =
        roots.stream().filter(r -> r.name().equals("渭南市")).findFirst().orElseThrow();
    assertThat(weinan.level()).isEqualTo(RegionLevel.CITY);

    List<RegionNode> counties = regions.children(weinan.id());
    assertThat(counties)
        .extracting(RegionNode::name)
        .contains("临渭区", "华州区", "韩城市", "华阴市", "潼关县", "大荔县", "合阳县", "澄城县", "蒲城县", "白水县", "富平县");
    assertThat(counties).allMatch(c -> c.level() == RegionLevel.COUNTY);
    RegionNode linwei =
        counties.stream().filter(c -> c.name().equals("临渭区")).findFirst().orElseThrow();
    assertThat(regions.children(linwei.id()))
        .allMatch(t -> t.level() == RegionLevel.TOWN)
        .isNotEmpty();
  }

  @Test
  @ActAs("admin")
  void adminAddsAVillageAndCannotGoBelowIt() {
    RegionNode town = aTown();
    String code = town.code().substring(0, 9) + Unique.digits(3);
    RegionNode village = regions.create(town.id(), code, "测试村" + code.substring(9));
    assertThat(village.level()).isEqualTo(RegionLevel.VILLAGE);
    assertThat(regions.children(town.id())).extracting(RegionNode::code).contains(code);

    assertThatThrownBy(() -> regions.create(village.id(), Unique.digits(12), "更下一级"))
        .isInstanceOf(BusinessException.class)
        .hasMessage("organisation.region.noLevelBelow");
  }

  @Test
  @ActAs("admin")
  void aStaleVersionGetsAConflictAndOverwritesNothing() {
    RegionNode town = aTown();
    RegionNode village =
        regions.create(town.id(), town.code().substring(0, 9) + Unique.digits(3), "原名村");
    regions.rename(village.id(), village.version(), "第一次改名村");

    // A second editor still holds the version they loaded before the first save.
    assertThatThrownBy(() -> regions.rename(village.id(), village.version(), "第二次改名村"))
        .isInstanceOf(ConcurrentChangeException.class);
    assertThat(regions.find(village.id()).orElseThrow().name()).isEqualTo("第一次改名村");
  }

  @Test
  @ActAs("admin")
  void aRegionWithAnActiveHallCannotBeDeactivated() {
    RegionNode town = aTown();
    RegionNode village =
        regions.create(town.id(), town.code().substring(0, 9) + Unique.digits(3), "有大厅的村");
    halls.create(new HallForm(village.id(), "测试便民服务室" + Unique.digits(6), null, null, null));

    RegionNode current = regions.find(village.id()).orElseThrow();
    assertThatThrownBy(() -> regions.deactivate(current.id(), current.version()))
        .isInstanceOf(BusinessException.class)
        .hasMessage("organisation.region.stillInUse");
  }

  @Test
  @ActAs("admin")
  void hallsPageAndSearchFindChineseNames() {
    Page<HallRow> page = halls.page(new PageRequest(0, 5, "name", true, "政务服务中心"), null);
    assertThat(page.rows()).hasSize(5).allMatch(h -> h.name().contains("政务服务中心"));
    assertThat(page.total()).isGreaterThanOrEqualTo(12);

    Page<HallRow> second = halls.page(new PageRequest(5, 5, "name", true, "政务服务中心"), null);
    assertThat(second.rows()).doesNotContainAnyElementsOf(page.rows());
  }

  @Test
  @ActAs("admin")
  void adminCreatesADepartmentWithItsSectionAndWindow() {
    String code = "T" + Unique.digits(8);
    HallRow cityHall =
        halls.page(new PageRequest(0, 1, null, true, "渭南市政务服务中心"), null).rows().get(0);
    Long id =
        departments.create(
            new DepartmentForm(code, "渭南市测试局" + code, "测试局", cityHall.regionId(), cityHall.id()));
    departments.addWindow(id, "Z" + Unique.digits(3), "测试窗口");

    DepartmentDetails details = departments.details(id);
    assertThat(details.sectionName()).isEqualTo("渭南市测试局" + code + "行政审批科");
    assertThat(details.hallName()).isEqualTo("渭南市政务服务中心");
    assertThat(details.windows()).hasSize(1);
    assertThat(details.manageable()).isTrue();

    assertThatThrownBy(
            () ->
                departments.create(
                    new DepartmentForm(
                        code, "另一个名字" + code, "测试", cityHall.regionId(), cityHall.id())))
        .isInstanceOf(BusinessException.class)
        .hasMessage("organisation.department.codeTaken");
  }

  @Test
  @ActAs("admin")
  void invalidInputIsRefusedWithItsMessageKey() {
    assertThatThrownBy(() -> departments.create(new DepartmentForm("bad code", "", "", null, null)))
        .isInstanceOf(EJBException.class)
        .rootCause()
        .isInstanceOf(ConstraintViolationException.class);
  }

  @Test
  @ActAs("fgw.head")
  void aDepartmentHeadManagesOnlyTheirOwnDepartment() {
    Long fgw = departments.idOfCode("FGW");
    Long gsj = departments.idOfCode("GSJ");

    Long window = departments.addWindow(fgw, "Y" + Unique.digits(3), "发改委测试窗口");
    assertThat(window).isNotNull();
    assertThat(departments.details(fgw).manageable()).isTrue();

    assertThat(departments.details(gsj).manageable()).isFalse();
    assertThatThrownBy(() -> departments.addWindow(gsj, "Y" + Unique.digits(3), "越权窗口"))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("error.otherDepartment");
  }

  @Test
  @ActAs("fgw.head")
  void aDepartmentHeadSeesAndCreatesOnlyTheirOwnStaff() {
    Page<StaffRow> page =
        staff.page(new PageRequest(0, 50, null, true, null), departments.idOfCode("GSJ"));
    assertThat(page.rows()).isNotEmpty().allMatch(s -> s.departmentName().equals("渭南市发展和改革委员会"));

    String username = "it.fgw." + Unique.digits(6);
    staff.create(
        new NewStaff(
            username,
            "测试人员",
            null,
            departments.idOfCode("FGW"),
            EnumSet.of(Position.CLERK),
            "Start2026a"));
    assertThatThrownBy(
            () ->
                staff.create(
                    new NewStaff(
                        "it.gsj." + Unique.digits(6),
                        "越权人员",
                        null,
                        departments.idOfCode("GSJ"),
                        EnumSet.of(Position.CLERK),
                        "Start2026a")))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                staff.create(
                    new NewStaff(
                        "it.fgw." + Unique.digits(6),
                        "越权管理员",
                        null,
                        departments.idOfCode("FGW"),
                        EnumSet.of(Position.SYSTEM_ADMIN),
                        "Start2026a")))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("organisation.staff.hallWidePosition");
  }

  @Test
  @ActAs("fgw.clerk1")
  void aClerkMayLookButNotChangeTheOrganisation() {
    assertThat(regions.children(null)).isNotEmpty();
    assertThatThrownBy(() -> departments.create(new DepartmentForm("X1", "x", "x", 1L, 1L)))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> staff.page(PageRequest.of(0, 10), null))
        .isInstanceOf(EJBAccessException.class);
  }

  @Test
  void anonymousCallersAreRefused() {
    assertThatThrownBy(() -> regions.children(null)).isInstanceOf(EJBAccessException.class);
    assertThat(halls.publicHalls()).isNotEmpty();
  }

  private RegionNode aTown() {
    RegionNode weinan = regions.children(null).get(0);
    RegionNode county = regions.children(weinan.id()).get(0);
    return regions.children(county.id()).get(0);
  }
}
