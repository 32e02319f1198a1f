package gov.approval.it.container;

import static gov.approval.it.support.TestItems.licence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.approval.catalogue.boundary.CatalogueService;
import gov.approval.catalogue.boundary.DraftSaved;
import gov.approval.catalogue.boundary.ItemDetails;
import gov.approval.catalogue.boundary.ItemListRow;
import gov.approval.catalogue.boundary.NewItem;
import gov.approval.catalogue.boundary.PublicCatalogue;
import gov.approval.catalogue.boundary.PublicChange;
import gov.approval.catalogue.boundary.PublicGuide;
import gov.approval.catalogue.boundary.PublicItemFilter;
import gov.approval.catalogue.boundary.PublicItemRow;
import gov.approval.catalogue.boundary.ReformDecisionForm;
import gov.approval.catalogue.boundary.ReformRoundForm;
import gov.approval.catalogue.boundary.ReformService;
import gov.approval.catalogue.control.PublishedCatalogueCache;
import gov.approval.catalogue.entity.ItemChangeKind;
import gov.approval.catalogue.entity.ItemContent;
import gov.approval.catalogue.entity.ItemType;
import gov.approval.catalogue.entity.OnlineLevel;
import gov.approval.catalogue.entity.ReformOutcome;
import gov.approval.catalogue.entity.ServiceObject;
import gov.approval.catalogue.entity.VersionStatus;
import gov.approval.it.support.ActAs;
import gov.approval.it.support.Deployments;
import gov.approval.it.support.SwitchUser;
import gov.approval.it.support.Unique;
import gov.approval.organisation.boundary.DepartmentService;
import gov.approval.organisation.entity.RegionLevel;
import gov.approval.platform.boundary.NotFoundException;
import gov.approval.platform.boundary.Page;
import gov.approval.platform.boundary.PageRequest;
import gov.approval.platform.boundary.SqlStatements;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public catalogue boundary in the real server: only published versions are ever visible,
 * drafts never (neither a new item's nor the next version of a published one), suspended items show
 * as suspended, ended ones leave the list but keep a guide that names the reform round; and the
 * list is read from its in-memory index, three statements after a change and none otherwise.
 */
@ExtendWith(ArquillianExtension.class)
class PublicCatalogueIT {

  private static final String HANZI = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土日月星辰山川河海";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWith(PublicCatalogueIT.class);
  }

  @Inject PublicCatalogue publicCatalogue;
  @Inject PublishedCatalogueCache publishedCache;
  @Inject CatalogueService catalogue;
  @Inject ReformService reforms;
  @Inject DepartmentService departments;
  @Inject SwitchUser switchUser;

  @Test
  @ActAs("fgw.chief")
  void aDraftIsNeverPublicAndTheGuideShowsOnlyThePublishedVersion() {
    String name = uniqueName("投资项目备案");
    DraftSaved draft = catalogue.create(newItem(licence(name)));
    String code = catalogue.details(draft.itemId()).implementationCode();

    assertThat(search(name).rows()).isEmpty();
    assertThatThrownBy(() -> publicCatalogue.guide(code)).isInstanceOf(NotFoundException.class);
    long version = catalogue.submitForReview(draft.itemId(), draft.version());
    assertThat(search(name).rows()).as("in review is not published").isEmpty();
    assertThat(changesOf(code)).isEmpty();

    switchUser.to("fgw.head");
    catalogue.approve(draft.itemId(), version);
    assertThat(search(name).rows())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.implementationCode()).isEqualTo(code);
              assertThat(row.status()).isEqualTo(VersionStatus.PUBLISHED);
            });
    PublicGuide guide = publicCatalogue.guide(code);
    assertThat(guide.name()).isEqualTo(name);
    assertThat(guide.materials())
        .extracting(PublicGuide.Material::number, PublicGuide.Material::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "项目申请报告"),
            org.assertj.core.groups.Tuple.tuple(2, "城乡规划选址意见"));
    assertThat(guide.steps())
        .extracting(PublicGuide.Step::name)
        .containsExactly("受理", "审查", "决定", "办结");
    assertThat(changesOf(code))
        .extracting(PublicChange::kind)
        .containsExactly(ItemChangeKind.PUBLISHED);

    // The next version in the works changes nothing the public sees.
    switchUser.to("fgw.chief");
    ItemDetails details = catalogue.details(draft.itemId());
    long next = catalogue.startNewDraft(draft.itemId(), details.version());
    String draftName = uniqueName("草稿名称");
    catalogue.saveDraft(
        draft.itemId(), next, licence(draftName).toBuilder().conditions("草稿里的新条件").build());
    assertThat(publicCatalogue.guide(code).name()).isEqualTo(name);
    assertThat(publicCatalogue.guide(code).conditions()).isNotEqualTo("草稿里的新条件");
    assertThat(search(draftName).rows()).isEmpty();
  }

  @Test
  @ActAs("fgw.chief")
  void aSuspendedItemShowsAsSuspendedWithItsReason() {
    String name = uniqueName("价格认定");
    Long itemId = published(name);
    String code = catalogue.details(itemId).implementationCode();

    switchUser.to("fgw.head");
    catalogue.suspend(itemId, catalogue.details(itemId).version(), "系统升级，暂停受理");

    assertThat(search(name).rows())
        .singleElement()
        .extracting(PublicItemRow::status)
        .isEqualTo(VersionStatus.SUSPENDED);
    PublicGuide guide = publicCatalogue.guide(code);
    assertThat(guide.suspended()).isTrue();
    assertThat(guide.suspensionReason()).isEqualTo("系统升级，暂停受理");
    assertThat(guide.applicableOnline()).isFalse();
  }

  @Test
  @ActAs("fgw.chief")
  void anItemCancelledByAReformRoundLeavesTheListButItsGuideNamesTheRound() {
    String name = uniqueName("价格监测");
    Long itemId = published(name);
    String code = catalogue.details(itemId).implementationCode();

    switchUser.to("halladmin");
    String roundName = "公开目录测试轮次" + Unique.digits(8);
    Long round =
        reforms.createRound(
            new ReformRoundForm(roundName, LocalDate.of(2017, 3, 1), "渭政发〔2017〕3号"));
    Long decision =
        reforms.decide(
            new ReformDecisionForm(round, itemId, ReformOutcome.CANCEL, null, null, null, "不再保留"));
    reforms.apply(decision, reforms.decisions(round, PageRequest.of(0, 5)).rows().get(0).version());

    assertThat(search(name).rows()).isEmpty();
    PublicGuide guide = publicCatalogue.guide(code);
    assertThat(guide.ended()).isTrue();
    assertThat(guide.ending().kind()).isEqualTo(ItemChangeKind.CANCELLED);
    assertThat(guide.ending().roundName()).isEqualTo(roundName);
    assertThat(guide.ending().roundDocumentNumber()).isEqualTo("渭政发〔2017〕3号");
    assertThat(publicCatalogue.changes(PageRequest.of(0, 10), null, round).rows())
        .extracting(PublicChange::implementationCode, PublicChange::kind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(code, ItemChangeKind.CANCELLED));
  }

  @Test
  @ActAs("fgw.chief")
  void filtersNarrowByThemeDepartmentTypeOnlineLevelAndList() {
    String marker = uniqueName("主题筛选");
    Long enterprise = published(marker + "企业");
    Long both =
        published(
            licence(marker + "两者").toBuilder()
                .serviceObjects(ServiceObject.INDIVIDUAL, ServiceObject.ENTERPRISE)
                .build());

    assertThat(
            codes(
                marker,
                new PublicItemFilter(null, null, ServiceObject.INDIVIDUAL, null, null, null)))
        .containsExactly(codeOf(both));
    assertThat(
            codes(
                marker,
                new PublicItemFilter(null, null, ServiceObject.ENTERPRISE, null, null, null)))
        .containsExactlyInAnyOrder(codeOf(enterprise), codeOf(both));
    assertThat(
            codes(
                marker,
                new PublicItemFilter(
                    "approval",
                    "fgw",
                    null,
                    RegionLevel.CITY,
                    OnlineLevel.PARTIAL,
                    ItemType.LICENSING)))
        .containsExactlyInAnyOrder(codeOf(enterprise), codeOf(both));
    assertThat(codes(marker, new PublicItemFilter(null, "SYJ", null, null, null, null))).isEmpty();
    assertThat(codes(marker, new PublicItemFilter(null, null, null, null, OnlineLevel.FULL, null)))
        .isEmpty();
    assertThat(codes(marker, new PublicItemFilter("POWER", null, null, null, null, null)))
        .isEmpty();
  }

  @Test
  void chineseSearchFindsTheDemoFoodItemsBySubstring() {
    List<PublicItemRow> rows =
        publicCatalogue
            .page(new PageRequest(0, 50, "name", true, "食品"), PublicItemFilter.NONE)
            .rows();

    assertThat(rows).extracting(PublicItemRow::name).contains("食品经营许可", "食品生产许可");
    assertThat(
            publicCatalogue
                .page(new PageRequest(0, 50, null, true, "经营许可"), PublicItemFilter.NONE)
                .rows())
        .extracting(PublicItemRow::name)
        .contains("食品经营许可");
  }

  @Test
  void aPageReadsTheIndexOnceAfterAChangeAndThenNoStatementForAnySizeOrFilter() {
    PublicItemFilter filtered =
        new PublicItemFilter(
            "APPROVAL", null, ServiceObject.ENTERPRISE, RegionLevel.CITY, null, null);
    publishedCache.clear();

    SqlStatements.Measured<Page<PublicItemRow>> five =
        SqlStatements.measure(
            () -> publicCatalogue.page(PageRequest.of(0, 5), PublicItemFilter.NONE));
    SqlStatements.Measured<Page<PublicItemRow>> fifty =
        SqlStatements.measure(
            () -> publicCatalogue.page(PageRequest.of(0, 50), PublicItemFilter.NONE));
    SqlStatements.Measured<Page<PublicItemRow>> searched =
        SqlStatements.measure(
            () ->
                publicCatalogue.page(new PageRequest(0, 50, "department", false, "许可"), filtered));

    assertThat(fifty.result().rows()).hasSizeGreaterThan(five.result().rows().size());
    assertThat(searched.result().rows()).isNotEmpty();
    assertThat(five.statements()).as("the index read after the change").isEqualTo(3);
    assertThat(fifty.statements()).isZero();
    assertThat(searched.statements()).isZero();
    assertThat(
            SqlStatements.count(() -> publicCatalogue.changes(PageRequest.of(0, 100), null, null)))
        .isEqualTo(2);
  }

  @Test
  void theGuideCostsTheSameNumberOfStatementsForAnyItem() {
    String food = search("食品经营许可").rows().get(0).implementationCode();
    long statements = SqlStatements.count(() -> publicCatalogue.guide(food));

    assertThat(statements).isLessThanOrEqualTo(9);
  }

  // ------------------------------------------------------------------ helpers

  private Page<PublicItemRow> search(String text) {
    return publicCatalogue.page(new PageRequest(0, 20, null, true, text), PublicItemFilter.NONE);
  }

  private List<String> codes(String search, PublicItemFilter filter) {
    return publicCatalogue.page(new PageRequest(0, 20, null, true, search), filter).rows().stream()
        .map(PublicItemRow::implementationCode)
        .toList();
  }

  private String codeOf(Long itemId) {
    return catalogue.details(itemId).implementationCode();
  }

  private List<PublicChange> changesOf(String code) {
    return publicCatalogue
        .changes(PageRequest.of(0, 200), LocalDate.now().minusDays(1), null)
        .rows()
        .stream()
        .filter(c -> c.implementationCode().equals(code))
        .toList();
  }

  /** Creates, submits and (as the department head) publishes an item; continues as fgw.chief. */
  private Long published(String name) {
    return published(licence(name));
  }

  private Long published(ItemContent content) {
    DraftSaved draft = catalogue.create(newItem(content));
    long version = catalogue.submitForReview(draft.itemId(), draft.version());
    switchUser.to("fgw.head");
    catalogue.approve(draft.itemId(), version);
    switchUser.to("fgw.chief");
    return draft.itemId();
  }

  private NewItem newItem(ItemContent content) {
    return new NewItem(
        "01" + Unique.digits(8),
        departments.idOfCode("FGW"),
        RegionLevel.CITY,
        Set.of(listId("APPROVAL")),
        content);
  }

  private Long listId(String code) {
    return catalogue.lists().stream()
        .filter(l -> l.code().equals(code))
        .map(ItemListRow::id)
        .findFirst()
        .orElseThrow();
  }

  private static String uniqueName(String base) {
    StringBuilder name = new StringBuilder(base).append('（');
    for (int i = 0; i < 4; i++) {
      name.append(HANZI.charAt(ThreadLocalRandom.current().nextInt(HANZI.length())));
    }
    return name.append('）').toString();
  }
}
