package gov.approval.it.container;

import static gov.approval.it.support.TestItems.licence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.approval.catalogue.boundary.CatalogueRulesViolatedException;
import gov.approval.catalogue.boundary.CatalogueService;
import gov.approval.catalogue.boundary.ChangeRow;
import gov.approval.catalogue.boundary.DraftSaved;
import gov.approval.catalogue.boundary.ItemDetails;
import gov.approval.catalogue.boundary.ItemFilter;
import gov.approval.catalogue.boundary.ItemListRow;
import gov.approval.catalogue.boundary.ItemRow;
import gov.approval.catalogue.boundary.NewItem;
import gov.approval.catalogue.boundary.ReviewRow;
import gov.approval.catalogue.boundary.RuleViolation;
import gov.approval.catalogue.entity.CaseKind;
import gov.approval.catalogue.entity.ItemChangeKind;
import gov.approval.catalogue.entity.ItemContent;
import gov.approval.catalogue.entity.ItemType;
import gov.approval.catalogue.entity.OnlineDepth;
import gov.approval.catalogue.entity.OnlineLevel;
import gov.approval.catalogue.entity.VersionStatus;
import gov.approval.it.support.ActAs;
import gov.approval.it.support.Deployments;
import gov.approval.it.support.SwitchUser;
import gov.approval.organisation.boundary.DepartmentService;
import gov.approval.organisation.entity.RegionLevel;
import gov.approval.platform.boundary.AccessDeniedException;
import gov.approval.platform.boundary.BusinessException;
import gov.approval.platform.boundary.ConcurrentChangeException;
import gov.approval.platform.boundary.Page;
import gov.approval.platform.boundary.PageRequest;
import gov.approval.platform.boundary.SqlStatements;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The catalogue boundary inside the real server, called as the demo users who would use it: a chief
 * representative drafts (CATALOGUE_EDIT), the department head or the hall office reviews
 * (CATALOGUE_REVIEW), nobody touches another department's items. Every test creates its own items
 * with random basic codes and names, so tests run alone, in any order and again on the same
 * database.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogueBoundaryIT {

  /** Characters for unique Chinese names, so that bigram search finds exactly this test's item. */
  private static final String HANZI = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土日月星辰山川河海";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWith(CatalogueBoundaryIT.class);
  }

  @Inject CatalogueService catalogue;
  @Inject DepartmentService departments;
  @Inject SwitchUser switchUser;

  // ------------------------------------------------------------------ maker-checker

  @Test
  @ActAs("fgw.chief")
  void theChiefDraftsAndSubmitsAndTheHeadPublishes() {
    DraftSaved created = catalogue.create(newItem("FGW", uniqueName("投资项目核准")));
    assertThat(created.warnings()).isEmpty();
    long version = catalogue.submitForReview(created.itemId(), created.version());

    assertThatThrownBy(() -> catalogue.approve(created.itemId(), version))
        .as("a chief representative may edit but not review")
        .isInstanceOf(EJBAccessException.class);

    switchUser.to("fgw.head");
    assertThat(catalogue.reviewQueue(PageRequest.of(0, 200)).rows())
        .extracting(ReviewRow::itemId)
        .contains(created.itemId());
    catalogue.approve(created.itemId(), version);

    ItemDetails details = catalogue.details(created.itemId());
    assertThat(details.status()).isEqualTo(VersionStatus.PUBLISHED);
    assertThat(details.published().number()).isEqualTo(1);
    assertThat(details.published().reviewerName()).isNotBlank();
    assertThat(details.working()).isNull();
    assertThat(catalogue.history(created.itemId()))
        .extracting(ChangeRow::kind, ChangeRow::actor)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ItemChangeKind.PUBLISHED, "fgw.head"),
            org.assertj.core.groups.Tuple.tuple(ItemChangeKind.SUBMITTED, "fgw.chief"),
            org.assertj.core.groups.Tuple.tuple(ItemChangeKind.CREATED, "fgw.chief"));
  }

  @Test
  @ActAs("fgw.head")
  void theAuthorCannotApproveTheirOwnVersion() {
    DraftSaved created = catalogue.create(newItem("FGW", uniqueName("节能审查")));
    long version = catalogue.submitForReview(created.itemId(), created.version());

    assertThatThrownBy(() -> catalogue.approve(created.itemId(), version))
        .isInstanceOf(BusinessException.class)
        .hasMessage("catalogue.version.reviewerIsMaker");

    ItemDetails details = catalogue.details(created.itemId());
    assertThat(details.published()).isNull();
    assertThat(details.working().status()).isEqualTo(VersionStatus.IN_REVIEW);
  }

  @Test
  @ActAs("fgw.head")
  void aDraftBreakingRulesIsSavedButItsSubmissionIsRefusedWithEveryViolation() {
    ItemContent broken =
        licence(uniqueName("价格认定")).toBuilder()
            .charged(true)
            .online(OnlineLevel.PARTIAL, OnlineDepth.IV)
            .build();
    DraftSaved created = catalogue.create(newItem("FGW", broken));
    assertThat(created.warnings())
        .extracting(RuleViolation::messageKey)
        .containsExactly(
            "catalogue.rule.chargedNeedsFee",
            "catalogue.rule.depthFourVisits",
            "catalogue.rule.depthFourOnlineLevel");

    assertThatThrownBy(() -> catalogue.submitForReview(created.itemId(), created.version()))
        .isInstanceOfSatisfying(
            CatalogueRulesViolatedException.class, e -> assertThat(e.getViolations()).hasSize(3));
    assertThat(catalogue.details(created.itemId()).working().status())
        .isEqualTo(VersionStatus.DRAFT);
  }

  @Test
  @ActAs("fgw.head")
  void aNewVersionSupersedesThePublishedOneWhichStaysReadable() {
    String name = uniqueName("固定资产投资项目备案");
    DraftSaved created = catalogue.create(newItem("FGW", name));
    long version = catalogue.submitForReview(created.itemId(), created.version());
    switchUser.to("halladmin");
    version = catalogue.approve(created.itemId(), version);

    switchUser.to("fgw.head");
    version = catalogue.startNewDraft(created.itemId(), version);
    ItemContent faster =
        licence(name).toBuilder().limits(CaseKind.PROMISED, 20, 5).visits(0, null).build();
    DraftSaved saved = catalogue.saveDraft(created.itemId(), version, faster);
    version = catalogue.submitForReview(created.itemId(), saved.version());
    switchUser.to("halladmin");
    catalogue.approve(created.itemId(), version);

    ItemDetails details = catalogue.details(created.itemId());
    assertThat(details.published().number()).isEqualTo(2);
    assertThat(details.published().content().promisedLimitDays()).isEqualTo(5);
    var first = catalogue.version(created.itemId(), 1);
    assertThat(first.status()).isEqualTo(VersionStatus.SUPERSEDED);
    assertThat(first.content().promisedLimitDays()).as("unchanged for its cases").isEqualTo(10);
    assertThat(first.retiredAt()).isNotNull();

    Page<ChangeRow> changelog =
        catalogue.changelog(PageRequest.of(0, 50), LocalDate.now(ZoneId.of("Asia/Shanghai")), null);
    assertThat(changelog.rows())
        .filteredOn(row -> row.itemId().equals(created.itemId()))
        .extracting(ChangeRow::kind, ChangeRow::versionNumber)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ItemChangeKind.PUBLISHED, 2),
            org.assertj.core.groups.Tuple.tuple(ItemChangeKind.PUBLISHED, 1));
    assertThat(changelog.rows()).allMatch(row -> row.actor() == null);
  }

  @Test
  @ActAs("fgw.chief")
  void theChangelogNeverListsChangesOfADraftThatWasNeverPublished() {
    DraftSaved created = catalogue.create(newItem("FGW", uniqueName("固定资产投资")));
    catalogue.placeOnLists(created.itemId(), created.version(), Set.of(listId("POWER")));
    assertThat(catalogue.history(created.itemId()))
        .extracting(ChangeRow::kind)
        .as("the list change is in the item's own history")
        .contains(ItemChangeKind.LISTS_CHANGED);

    Page<ChangeRow> changelog =
        catalogue.changelog(PageRequest.of(0, 50), LocalDate.now(ZoneId.of("Asia/Shanghai")), null);
    // Newest first: were the draft's list change public, it would be on this first page.
    assertThat(changelog.rows()).extracting(ChangeRow::itemId).doesNotContain(created.itemId());
  }

  // ------------------------------------------------------------------ concurrency and rights

  @Test
  @ActAs("fgw.chief")
  void twoUsersEditingOneItemTheSecondSaveGetsAConflictAndNothingIsLost() {
    String name = uniqueName("企业投资项目核准");
    DraftSaved created = catalogue.create(newItem("FGW", name));
    ItemDetails chiefsForm = catalogue.details(created.itemId());

    switchUser.to("fgw.head");
    ItemDetails headsForm = catalogue.details(created.itemId());
    catalogue.saveDraft(
        created.itemId(),
        headsForm.version(),
        headsForm.working().content().toBuilder().conditions("项目符合国家产业政策。").build());

    switchUser.to("fgw.chief");
    assertThatThrownBy(
            () ->
                catalogue.saveDraft(
                    created.itemId(),
                    chiefsForm.version(),
                    chiefsForm.working().content().toBuilder().name(name + "（改）").build()))
        .isInstanceOf(ConcurrentChangeException.class)
        .hasMessage("error.concurrentChange");

    ItemDetails now = catalogue.details(created.itemId());
    assertThat(now.working().content().conditions()).isEqualTo("项目符合国家产业政策。");
    assertThat(now.working().content().name()).isEqualTo(name);
  }

  @Test
  @ActAs("fgw.chief")
  void anEditorActsOnlyOnTheirOwnDepartmentsItems() {
    assertThatThrownBy(() -> catalogue.create(newItem("GSJ", uniqueName("个体工商户设立登记"))))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("error.otherDepartment");

    switchUser.to("gsj.chief");
    DraftSaved theirs = catalogue.create(newItem("GSJ", uniqueName("个体工商户变更登记")));
    switchUser.to("fgw.chief");
    assertThat(catalogue.details(theirs.itemId()).manageable()).isFalse();
    assertThatThrownBy(
            () ->
                catalogue.saveDraft(theirs.itemId(), theirs.version(), licence(uniqueName("越权修改"))))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  @ActAs("fgw.reviewer")
  void staffWithoutCataloguePermissionsAreRefused() {
    assertThatThrownBy(() -> catalogue.page(PageRequest.of(0, 10), ItemFilter.NONE))
        .isInstanceOf(EJBAccessException.class);
  }

  @Test
  @ActAs("fgw.head")
  void theSameBasicCodeTwiceInOneDepartmentAndLevelIsRefused() {
    NewItem item = newItem("FGW", uniqueName("政府投资项目审批"));
    catalogue.create(item);

    assertThatThrownBy(() -> catalogue.create(item))
        .isInstanceOf(BusinessException.class)
        .hasMessage("catalogue.item.codeTaken");
  }

  @Test
  @ActAs("fgw.head")
  void invalidInputIsRefusedByBeanValidation() {
    NewItem bad =
        new NewItem("12345", departments.idOfCode("FGW"), RegionLevel.CITY, Set.of(), licence(" "));

    assertThatThrownBy(() -> catalogue.create(bad))
        .isInstanceOf(EJBException.class)
        .rootCause()
        .isInstanceOf(ConstraintViolationException.class);
  }

  // ------------------------------------------------------------------ list

  @Test
  @ActAs("fgw.head")
  void theListFiltersByListDepartmentTypeOnlineLevelStatusAndFindsChineseSubstrings() {
    String name = uniqueName("取水许可");
    DraftSaved created = catalogue.create(newItem("FGW", name));
    Long approvalList = listId("APPROVAL");
    Long fgw = departments.idOfCode("FGW");
    String unique = name.substring(name.length() - 5, name.length() - 1);

    assertThat(ids(new PageRequest(0, 20, "name", true, unique), ItemFilter.NONE))
        .containsExactly(created.itemId());
    ItemFilter matching =
        new ItemFilter(
            approvalList,
            fgw,
            ItemType.LICENSING,
            OnlineLevel.PARTIAL,
            VersionStatus.DRAFT,
            RegionLevel.CITY,
            null);
    assertThat(ids(new PageRequest(0, 20, null, true, unique), matching))
        .containsExactly(created.itemId());
    assertThat(
            ids(new PageRequest(0, 20, null, true, unique), withType(matching, ItemType.PENALTY)))
        .isEmpty();
    assertThat(
            ids(
                new PageRequest(0, 20, null, true, unique),
                new ItemFilter(listId("PUBLIC_SERVICE"), null, null, null, null, null, null)))
        .isEmpty();
    assertThat(
            ids(
                new PageRequest(0, 20, null, true, unique),
                new ItemFilter(null, null, null, null, VersionStatus.PUBLISHED, null, null)))
        .isEmpty();

    String code = catalogue.details(created.itemId()).implementationCode();
    assertThat(
            ids(
                PageRequest.of(0, 20),
                new ItemFilter(null, null, null, null, null, null, code.substring(0, 10))))
        .contains(created.itemId());
  }

  @Test
  @ActAs("fgw.head")
  void aPageOfItemsIsTwoStatementsForFiveOrFiftyRowsWithOrWithoutSearch() {
    catalogue.create(newItem("FGW", uniqueName("节能评估")));
    ItemFilter onApprovalList =
        new ItemFilter(listId("APPROVAL"), null, null, null, null, null, null);

    assertThat(SqlStatements.count(() -> catalogue.page(PageRequest.of(0, 5), ItemFilter.NONE)))
        .isEqualTo(2);
    assertThat(SqlStatements.count(() -> catalogue.page(PageRequest.of(0, 50), ItemFilter.NONE)))
        .isEqualTo(2);
    assertThat(
            SqlStatements.count(
                () ->
                    catalogue.page(
                        new PageRequest(0, 50, "department", true, "节能评估"), onApprovalList)))
        .isEqualTo(2);
  }

  // ------------------------------------------------------------------ helpers

  private List<Long> ids(PageRequest request, ItemFilter filter) {
    return catalogue.page(request, filter).rows().stream().map(ItemRow::id).toList();
  }

  private static ItemFilter withType(ItemFilter filter, ItemType type) {
    return new ItemFilter(
        filter.listId(),
        filter.departmentId(),
        type,
        filter.onlineLevel(),
        filter.status(),
        filter.regionLevel(),
        filter.codePrefix());
  }

  private NewItem newItem(String department, String name) {
    return newItem(department, licence(name));
  }

  private NewItem newItem(String department, ItemContent content) {
    String basicCode = "01" + digits(8);
    return new NewItem(
        basicCode,
        departments.idOfCode(department),
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

  private static String digits(int length) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < length; i++) {
      digits.append(ThreadLocalRandom.current().nextInt(10));
    }
    return digits.toString();
  }
}
