package gov.approval.catalogue.entity;

import gov.approval.identity.entity.AccountKind;
import gov.approval.identity.entity.Position;
import gov.approval.identity.entity.UserAccount;
import gov.approval.organisation.entity.Department;
import gov.approval.organisation.entity.Region;
import gov.approval.organisation.entity.RegionLevel;
import gov.approval.organisation.entity.ServiceHall;
import gov.approval.organisation.entity.StaffMember;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A small city with two departments, their staff and two lists, built fresh for each test, and a
 * licensing item whose content breaks no rule. Entities have no ids here, as before their first
 * save.
 */
public final class CatalogueFixture {

  public static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

  /** 食品经营许可: type 01, main item 00101, no sub-items. */
  static final String FOOD_LICENCE = "0100101000";

  public final Region city = Region.city("610500000000", "渭南市");
  public final Region linwei = city.addChild("610502000000", "临渭区");
  public final ServiceHall hall = new ServiceHall(city, "渭南市政务服务中心");
  public final Department market = new Department("SCJG", "渭南市市场监督管理局", "市场监管局", city, hall);
  public final Department health = new Department("WJW", "渭南市卫生健康委员会", "卫健委", city, hall);
  final Department countyMarket =
      new Department(
          "LWSCJG", "临渭区市场监督管理局", "区市场监管局", linwei, new ServiceHall(linwei, "临渭区政务服务中心"));

  /** 首席代表: edits the catalogue, may not review. */
  public final StaffMember chief = staff(market, "scjg.chief", Position.CLERK);

  /** 部门负责人: edits and reviews. */
  public final StaffMember head = staff(market, "scjg.head", Position.DEPARTMENT_HEAD);

  /** A second reviewer of the same department (a second head, e.g. a deputy). */
  final StaffMember deputy = staff(market, "scjg.deputy", Position.DEPARTMENT_HEAD);

  /** 窗口人员: no catalogue permission at all. */
  public final StaffMember clerk = staff(market, "scjg.clerk", Position.CLERK);

  /** 行政服务中心管理办公室: reviews every department's items, records exceptions, runs reforms. */
  public final StaffMember hallAdmin = staff(market, "halladmin", Position.HALL_ADMIN);

  final ItemList approvalList = new ItemList(ItemList.APPROVAL, "行政审批事项清单", "Approval items", 10);
  final ItemList powerList = new ItemList(ItemList.POWER, "权力清单", "Powers", 20);
  final ItemList onlineList =
      new ItemList(ItemList.ONLINE_SERVICE, "网上办事清单", "Online services", 50);

  private Instant clock = NOW;

  public CatalogueFixture() {
    market.getSection().appointChiefRepresentative(chief);
  }

  public static StaffMember staff(Department department, String username, Position... positions) {
    UserAccount account =
        new UserAccount(username, "hash", AccountKind.STAFF, username, null, null, NOW);
    return new StaffMember(account, department, Set.of(positions));
  }

  /** A later instant on each call, so history rows and timestamps are ordered. */
  public Instant later() {
    clock = clock.plus(Duration.ofMinutes(5));
    return clock;
  }

  /** 食品经营许可 as the city publishes it: breaks no catalogue rule. */
  public static ItemContent.Builder foodLicence() {
    return ItemContent.builder()
        .name("食品经营许可")
        .keywords("餐饮 食品销售")
        .type(ItemType.LICENSING)
        .serviceObjects(ServiceObject.ENTERPRISE, ServiceObject.INDIVIDUAL)
        .conditions("有与经营的食品品种、数量相适应的经营场所和设施；有专职或兼职的食品安全管理人员和管理制度。")
        .legalBasis("《中华人民共和国食品安全法》", "第三十五条", "国家对食品生产经营实行许可制度。")
        .material(
            new ItemMaterial(
                "食品经营许可申请书", MaterialForm.ORIGINAL, 1, MaterialNecessity.MANDATORY, "申请人自备", null))
        .material(
            new ItemMaterial(
                "营业执照", MaterialForm.COPY, 1, MaterialNecessity.MANDATORY, "市场监管部门核发", "核验原件"))
        .material(
            new ItemMaterial(
                "食品安全管理制度文本",
                MaterialForm.ORIGINAL,
                1,
                MaterialNecessity.DEFERRABLE,
                "申请人自备",
                "可容缺，5个工作日内补交"))
        .step("受理", "窗口人员", 1)
        .step("审查", "审查人员", 5)
        .step("决定", "首席代表", 2)
        .step("办结", "窗口人员", 1)
        .limits(CaseKind.PROMISED, 20, 10)
        .free()
        .online(OnlineLevel.PARTIAL, OnlineDepth.III)
        .visits(1, "现场核查经营场所")
        .delivery(DeliveryMode.WINDOW, DeliveryMode.POST)
        .result("食品经营许可证", "证照")
        .phones("0913-2931234", "0913-12345")
        .faq("网上申请后还需要到现场吗？", "需要一次，现场核查经营场所后当场领取或邮寄许可证。");
  }

  /** A new 食品经营许可 of the market regulator at city level, drafted by the chief. */
  public ServiceItem draftItem() {
    return ServiceItem.create(
        FOOD_LICENCE,
        market,
        RegionLevel.CITY,
        List.of(approvalList, powerList),
        foodLicence().build(),
        chief,
        later());
  }

  /** The same item, submitted by the chief and approved by the head. */
  public ServiceItem publishedItem() {
    ServiceItem item = draftItem();
    item.submitForReview(chief, later());
    item.approve(head, later());
    return item;
  }
}
