package gov.approval.demo;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.catalogue.entity.CatalogueRules;
import gov.approval.catalogue.entity.ItemChange;
import gov.approval.catalogue.entity.ItemChangeKind;
import gov.approval.catalogue.entity.ItemCodes;
import gov.approval.catalogue.entity.ItemContent;
import gov.approval.catalogue.entity.ItemList;
import gov.approval.catalogue.entity.ItemMaterial;
import gov.approval.catalogue.entity.ItemType;
import gov.approval.catalogue.entity.ItemVersion;
import gov.approval.catalogue.entity.OnlineLevel;
import gov.approval.catalogue.entity.ReformDecision;
import gov.approval.catalogue.entity.ReformOutcome;
import gov.approval.catalogue.entity.ReformRound;
import gov.approval.catalogue.entity.ServiceItem;
import gov.approval.catalogue.entity.VersionStatus;
import gov.approval.demo.CatalogueDemoBuilder.Built;
import gov.approval.demo.CatalogueDemoItems.DecisionSpec;
import gov.approval.demo.CatalogueDemoItems.ItemSpec;
import gov.approval.demo.CatalogueDemoItems.RoundSpec;
import gov.approval.identity.entity.AccountKind;
import gov.approval.identity.entity.Permission;
import gov.approval.identity.entity.Position;
import gov.approval.identity.entity.UserAccount;
import gov.approval.organisation.entity.Department;
import gov.approval.organisation.entity.Region;
import gov.approval.organisation.entity.RegionLevel;
import gov.approval.organisation.entity.ServiceHall;
import gov.approval.organisation.entity.StaffMember;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The demo catalogue built without a container, on an in-memory copy of the demo organisation with
 * the same codes, user names and positions as {@link DemoData}: the same specs and the same entity
 * behaviour the loader uses, only nothing is written.
 */
class CatalogueDemoDataTest {

  private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

  private final Map<String, Department> departments = new HashMap<>();
  private final Map<String, StaffMember> staff = new HashMap<>();
  private final Map<String, ItemList> lists = new HashMap<>();
  private final List<Object> persisted = new ArrayList<>();

  private List<ItemSpec> specs;
  private List<RoundSpec> roundSpecs;
  private Built built;

  @BeforeEach
  void build() {
    Region city = Region.city("610500000000", "渭南市");
    ServiceHall cityHall = new ServiceHall(city, "渭南市政务服务中心");
    Department office = department("GLB", "渭南市行政服务中心管理办公室", "管理办", city, cityHall);
    staff(office, "halladmin", Position.HALL_ADMIN);
    for (String[] d : DemoData.CITY_DEPARTMENTS) {
      Department department = department(d[0], d[1], d[2], city, cityHall);
      String prefix = d[0].toLowerCase();
      staff(department, prefix + ".head", Position.DEPARTMENT_HEAD);
      department
          .getSection()
          .appointChiefRepresentative(staff(department, prefix + ".chief", Position.REVIEWER));
    }
    for (String[] c : DemoData.COUNTIES) {
      Region county = city.addChild(c[0] + "000000", c[1]);
      ServiceHall countyHall = new ServiceHall(county, c[1] + "政务服务中心");
      for (String[] d : DemoData.COUNTY_DEPARTMENTS) {
        Department department = department(c[0] + d[0], c[1] + d[1], d[2], county, countyHall);
        department
            .getSection()
            .appointChiefRepresentative(
                staff(department, c[0] + d[0].toLowerCase() + ".chief", Position.CLERK));
      }
    }
    int order = 10;
    for (String code :
        List.of(
            ItemList.APPROVAL,
            ItemList.POWER,
            ItemList.RESPONSIBILITY,
            ItemList.PUBLIC_SERVICE,
            ItemList.ONLINE_SERVICE)) {
      lists.put(code, new ItemList(code, code, code, order));
      order += 10;
    }

    specs = CatalogueDemoItems.items();
    roundSpecs = CatalogueDemoItems.rounds(specs);
    built =
        new CatalogueDemoBuilder(departments::get, staff::get, lists::get, persisted::add)
            .build(specs, roundSpecs);
  }

  @Test
  void atLeastOneHundredFiftyItemsArePublishedAndStillGoverning() {
    assertThat(built.items()).hasSize(specs.size()).hasSizeGreaterThanOrEqualTo(150);
    assertThat(built.items()).allSatisfy(item -> assertThat(item.findPublished()).isPresent());
    assertThat(built.items().stream().filter(item -> item.getStatus() == VersionStatus.PUBLISHED))
        .hasSizeGreaterThanOrEqualTo(150);
    assertThat(persisted).containsAll(built.items()).containsAll(built.decisions());
  }

  @Test
  void everyPublishedVersionKeepsEveryCatalogueRule() {
    for (ServiceItem item : built.items()) {
      ItemVersion version = item.findPublished().orElseThrow();
      assertThat(CatalogueRules.check(version)).as(item.getName()).isEmpty();
    }
    for (ItemSpec spec : specs) {
      assertThat(CatalogueRules.check(spec.basicCode(), spec.content(), null))
          .as(spec.content().name())
          .isEmpty();
    }
  }

  @Test
  void everyContentFitsItsColumns() {
    try (ValidatorFactory factory =
        Validation.byProvider(HibernateValidator.class).configure().buildValidatorFactory()) {
      for (ItemSpec spec : specs) {
        assertThat(factory.getValidator().validate(spec.content()))
            .as(spec.content().name())
            .isEmpty();
      }
    }
  }

  @Test
  void makerAndCheckerAreTwoPeople() {
    for (ServiceItem item : built.items()) {
      ItemVersion version = item.findPublished().orElseThrow();
      String author = version.getAuthor().getAccount().getUsername();
      String reviewer = version.getReviewer().getAccount().getUsername();
      assertThat(author).endsWith(".chief");
      assertThat(version.getAuthor().permissions()).contains(Permission.CATALOGUE_EDIT);
      assertThat(reviewer).isNotEqualTo(author).matches("halladmin|[a-z]+\\.head");
      assertThat(item.makersOf(version)).containsExactly(author);
    }
  }

  @Test
  void codesAreValidAndUnique() {
    assertThat(specs).allSatisfy(spec -> assertThat(spec.basicCode()).matches("\\d{10}"));
    assertThat(specs.stream().map(ItemSpec::key).distinct()).hasSameSizeAs(specs);
    List<String> codes = built.items().stream().map(ServiceItem::getImplementationCode).toList();
    assertThat(codes).doesNotHaveDuplicates();
    assertThat(built.items())
        .allSatisfy(
            item ->
                assertThat(item.getImplementationCode())
                    .isEqualTo(
                        ItemCodes.implementationCode(
                            item.getBasicCode(), item.getDepartment(), item.getRegionLevel())));
    // Every code that ever existed (before a delegation or transfer, too) is unique.
    Set<String> ever = new HashSet<>();
    for (ServiceItem item : built.items()) {
      item.getHistory().stream().map(ItemChange::getImplementationCode).forEach(ever::add);
    }
    assertThat(ever).hasSizeGreaterThan(codes.size());
  }

  @Test
  void everyCityDepartmentOwnsItemsAndSomeCountiesDoToo() {
    Map<String, Long> perDepartment =
        specs.stream()
            .collect(Collectors.groupingBy(ItemSpec::departmentCode, Collectors.counting()));
    for (String[] d : DemoData.CITY_DEPARTMENTS) {
      assertThat(perDepartment.getOrDefault(d[0], 0L)).as(d[1]).isGreaterThanOrEqualTo(3);
    }
    assertThat(specs.stream().filter(spec -> spec.level() == RegionLevel.COUNTY))
        .hasSizeGreaterThanOrEqualTo(10)
        .allSatisfy(spec -> assertThat(departments).containsKey(spec.departmentCode()));
  }

  @Test
  void typesAreMostlyLicensingWithTheOtherKindsPresent() {
    Map<ItemType, Long> perType =
        specs.stream()
            .collect(Collectors.groupingBy(spec -> spec.content().type(), Collectors.counting()));
    assertThat(perType.get(ItemType.LICENSING)).isGreaterThan(specs.size() / 2L);
    assertThat(perType)
        .containsKeys(
            ItemType.PUBLIC_SERVICE,
            ItemType.CONFIRMATION,
            ItemType.BENEFIT,
            ItemType.OTHER_POWER,
            ItemType.LEVY,
            ItemType.REWARD,
            ItemType.ADJUDICATION,
            ItemType.INSPECTION);
  }

  @Test
  void licensingItemsAreDescribedAsTheGuideNeedsThem() {
    for (ItemSpec spec : specs) {
      ItemContent content = spec.content();
      assertThat(content.legalBases()).as(content.name()).isNotEmpty();
      assertThat(content.materials()).as(content.name()).hasSizeGreaterThanOrEqualTo(2);
      assertThat(content.materials().stream().map(ItemMaterial::getName))
          .as(content.name())
          .doesNotHaveDuplicates();
      assertThat(content.resultName()).as(content.name()).isNotBlank();
      assertThat(content.consultationPhone()).startsWith("0913-");
      assertThat(content.complaintPhone())
          .startsWith("0913-")
          .isNotEqualTo(content.consultationPhone());
      if (content.type() == ItemType.LICENSING) {
        assertThat(spec.listCodes()).as(content.name()).contains(ItemList.APPROVAL);
        assertThat(content.faqs()).as(content.name()).isNotEmpty();
        assertThat(content.statutoryLimitDays()).as(content.name()).isNotNull();
      }
      if (content.type() == ItemType.PUBLIC_SERVICE) {
        assertThat(spec.listCodes())
            .contains(ItemList.PUBLIC_SERVICE)
            .doesNotContain(ItemList.POWER, ItemList.APPROVAL);
      } else {
        assertThat(spec.listCodes()).contains(ItemList.POWER);
      }
      if (content.onlineLevel() == OnlineLevel.NONE) {
        assertThat(spec.listCodes()).doesNotContain(ItemList.ONLINE_SERVICE);
      }
    }
    long immediate = specs.stream().filter(spec -> spec.content().isImmediate()).count();
    long charged = specs.stream().filter(spec -> spec.content().charged()).count();
    assertThat(immediate).isGreaterThanOrEqualTo(10);
    assertThat(charged).isBetween(3L, specs.size() / 10L);
  }

  @Test
  void twoReformRoundsDecideWithSeveralOutcomesAndLeaveHistory() {
    assertThat(built.rounds())
        .extracting(ReformRound::getDocumentNumber)
        .containsExactly("渭政发〔2015〕12号", "渭政发〔2016〕8号");
    assertThat(outcomes(roundSpecs.get(0)))
        .contains(
            ReformOutcome.CANCEL,
            ReformOutcome.DELEGATE,
            ReformOutcome.TRANSFER,
            ReformOutcome.KEEP);
    assertThat(outcomes(roundSpecs.get(1)))
        .contains(ReformOutcome.CANCEL, ReformOutcome.DELEGATE, ReformOutcome.KEEP);
    assertThat(built.decisions()).allMatch(ReformDecision::isApplied);
    assertThat(built.decisions())
        .allSatisfy(d -> assertThat(d.getAppliedBy()).isEqualTo(CatalogueDemoItems.HALL_ADMIN));

    for (ReformDecision decision : built.decisions()) {
      ServiceItem item = decision.getItem();
      ItemChangeKind kind =
          switch (decision.getOutcome()) {
            case CANCEL -> ItemChangeKind.CANCELLED;
            case DELEGATE -> ItemChangeKind.DELEGATED;
            case TRANSFER -> ItemChangeKind.TRANSFERRED;
            case MERGE -> ItemChangeKind.MERGED;
            case KEEP -> ItemChangeKind.KEPT;
          };
      assertThat(item.getHistory())
          .anyMatch(change -> change.getKind() == kind && change.getRound() == decision.getRound());
      switch (decision.getOutcome()) {
        case CANCEL -> assertThat(item.getStatus()).isEqualTo(VersionStatus.ENDED);
        case DELEGATE -> assertThat(item.getRegionLevel()).isEqualTo(RegionLevel.COUNTY);
        case TRANSFER -> assertThat(item.getDepartment().getCode()).isEqualTo("GHJ");
        default -> {}
      }
    }
    // No item is decided twice by one round, and cancelled items are left alone afterwards.
    for (RoundSpec round : roundSpecs) {
      assertThat(round.decisions().stream().map(DecisionSpec::itemKey)).doesNotHaveDuplicates();
    }
  }

  @Test
  void theTableIsDeterministic() {
    assertThat(CatalogueDemoItems.items()).isEqualTo(specs);
    assertThat(CatalogueDemoItems.rounds(specs)).isEqualTo(roundSpecs);
  }

  private static Set<ReformOutcome> outcomes(RoundSpec round) {
    return round.decisions().stream()
        .map(DecisionSpec::outcome)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReformOutcome.class)));
  }

  private Department department(
      String code, String name, String shortName, Region region, ServiceHall hall) {
    Department department = new Department(code, name, shortName, region, hall);
    departments.put(code, department);
    return department;
  }

  private StaffMember staff(Department department, String username, Position position) {
    UserAccount account =
        new UserAccount(username, "hash", AccountKind.STAFF, username, null, null, NOW);
    StaffMember member = new StaffMember(account, department, Set.of(position));
    staff.put(username, member);
    return member;
  }
}
