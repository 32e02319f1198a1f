package gov.approval.catalogue.entity;

import static gov.approval.catalogue.entity.CatalogueFixture.FOOD_LICENCE;
import static gov.approval.catalogue.entity.CatalogueFixture.foodLicence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.approval.catalogue.boundary.CatalogueRulesViolatedException;
import gov.approval.catalogue.boundary.RuleViolation;
import gov.approval.organisation.entity.RegionLevel;
import gov.approval.platform.boundary.BusinessException;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * An item's life cycle on the aggregate: drafted, reviewed by a second person (maker-checker),
 * published, changed only through a new version while the old one stays, suspended and resumed;
 * every step in the history.
 */
class ServiceItemTest {

  private final CatalogueFixture catalogue = new CatalogueFixture();

  private static void assertRefused(ThrowingCallable action, String messageKey) {
    assertThatThrownBy(action)
        .isInstanceOfSatisfying(
            BusinessException.class, e -> assertThat(e.getMessageKey()).isEqualTo(messageKey));
  }

  private static List<ItemChangeKind> kinds(ServiceItem item) {
    return item.getHistory().stream().map(ItemChange::getKind).toList();
  }

  @Nested
  class Creation {

    @Test
    void aNewItemIsADraftOfVersionOneWithItsGeneratedCode() {
      ServiceItem item = catalogue.draftItem();

      assertThat(item.getStatus()).isEqualTo(VersionStatus.DRAFT);
      assertThat(item.getImplementationCode()).isEqualTo("01001010006105003SCJG");
      assertThat(item.getBasicCode()).isEqualTo(FOOD_LICENCE);
      assertThat(item.getDepartment()).isSameAs(catalogue.market);
      assertThat(item.getRegionLevel()).isEqualTo(RegionLevel.CITY);
      assertThat(item.getLists())
          .containsExactlyInAnyOrder(catalogue.approvalList, catalogue.powerList);
      assertThat(item.findPublished()).isEmpty();

      ItemVersion draft = item.findWorking().orElseThrow();
      assertThat(draft.getNumber()).isEqualTo(1);
      assertThat(draft.getStatus()).isEqualTo(VersionStatus.DRAFT);
      assertThat(draft.getAuthor()).isSameAs(catalogue.chief);
      assertThat(draft.content()).isEqualTo(foodLicence().build());

      assertThat(item.getName()).isEqualTo("食品经营许可");
      assertThat(item.getType()).isEqualTo(ItemType.LICENSING);
      assertThat(item.getOnlineLevel()).isEqualTo(OnlineLevel.PARTIAL);
      assertThat(item.getSearchTerms()).contains("食品", "经营", "许可", "餐饮");

      assertThat(item.getHistory())
          .singleElement()
          .satisfies(
              change -> {
                assertThat(change.getKind()).isEqualTo(ItemChangeKind.CREATED);
                assertThat(change.getActor()).isEqualTo("scjg.chief");
                assertThat(change.getVersionNumber()).isEqualTo(1);
                assertThat(change.getItemName()).isEqualTo("食品经营许可");
                assertThat(change.getImplementationCode()).isEqualTo("01001010006105003SCJG");
              });
    }

    @Test
    void aBasicCodeThatIsNotTenDigitsIsRefused() {
      assertRefused(
          () ->
              ServiceItem.create(
                  "01001",
                  catalogue.market,
                  RegionLevel.CITY,
                  List.of(catalogue.approvalList),
                  foodLicence().build(),
                  catalogue.chief,
                  catalogue.later()),
          "catalogue.item.basicCodeInvalid");
    }

    @Test
    void anItemNeedsAList() {
      assertRefused(
          () ->
              ServiceItem.create(
                  FOOD_LICENCE,
                  catalogue.market,
                  RegionLevel.CITY,
                  List.of(),
                  foodLicence().build(),
                  catalogue.chief,
                  catalogue.later()),
          "catalogue.item.listRequired");
    }

    @Test
    void aDeactivatedDepartmentTakesNoItem() {
      catalogue.market.deactivate();

      assertRefused(catalogue::draftItem, "catalogue.item.departmentInactive");
    }

    @Test
    void aCountyDepartmentCannotExerciseAnItemAtCityLevel() {
      assertRefused(
          () ->
              ServiceItem.create(
                  FOOD_LICENCE,
                  catalogue.countyMarket,
                  RegionLevel.CITY,
                  List.of(catalogue.approvalList),
                  foodLicence().build(),
                  catalogue.chief,
                  catalogue.later()),
          "catalogue.item.levelAboveDepartment");

      ServiceItem county =
          ServiceItem.create(
              FOOD_LICENCE,
              catalogue.countyMarket,
              RegionLevel.COUNTY,
              List.of(catalogue.approvalList),
              foodLicence().build(),
              catalogue.chief,
              catalogue.later());
      assertThat(county.getImplementationCode()).isEqualTo("01001010006105024LWSCJG");
    }
  }

  @Nested
  class Drafting {

    @Test
    void aDraftIsSavedEvenWhenItBreaksRulesAndTheViolationsComeBackAsWarnings() {
      ServiceItem item = catalogue.draftItem();

      List<RuleViolation> warnings =
          item.editDraft(
              foodLicence().name("食品经营许可（新办）").charged(true).build(),
              catalogue.chief,
              catalogue.later());

      assertThat(warnings)
          .extracting(RuleViolation::messageKey)
          .containsExactly("catalogue.rule.chargedNeedsFee");
      assertThat(item.findWorking().orElseThrow().getName()).isEqualTo("食品经营许可（新办）");
      assertThat(item.getName())
          .as("headline follows the draft until published")
          .isEqualTo("食品经营许可（新办）");
      assertThat(item.getSearchTerms()).contains("新办");
      assertThat(kinds(item)).containsExactly(ItemChangeKind.CREATED, ItemChangeKind.EDITED);
    }

    @Test
    void submittingADraftThatBreaksRulesIsRefusedWithAllViolations() {
      ServiceItem item = catalogue.draftItem();
      item.editDraft(
          foodLicence().charged(true).visits(1, null).build(), catalogue.chief, catalogue.later());

      assertThatThrownBy(() -> item.submitForReview(catalogue.chief, catalogue.later()))
          .isInstanceOfSatisfying(
              CatalogueRulesViolatedException.class,
              e -> {
                assertThat(e.getMessageKey()).isEqualTo("catalogue.rules.violated");
                assertThat(e.getArguments()).containsExactly(2);
                assertThat(e.getViolations())
                    .extracting(RuleViolation::messageKey)
                    .containsExactly(
                        "catalogue.rule.chargedNeedsFee", "catalogue.rule.visitsNeedReason");
              });
      assertThat(item.findWorking().orElseThrow().getStatus()).isEqualTo(VersionStatus.DRAFT);
      assertThat(item.getStatus()).isEqualTo(VersionStatus.DRAFT);
    }

    @Test
    void aVersionInReviewCannotBeEdited() {
      ServiceItem item = catalogue.draftItem();
      item.submitForReview(catalogue.chief, catalogue.later());

      assertThat(item.getStatus()).isEqualTo(VersionStatus.IN_REVIEW);
      assertRefused(
          () -> item.editDraft(foodLicence().build(), catalogue.chief, catalogue.later()),
          "catalogue.version.notDraft");
    }

    @Test
    void theListsAnItemStandsOnChangeWithAHistoryRow() {
      ServiceItem item = catalogue.publishedItem();

      item.placeOnLists(
          List.of(catalogue.approvalList, catalogue.onlineList),
          catalogue.chief,
          catalogue.later());

      assertThat(item.getLists())
          .containsExactlyInAnyOrder(catalogue.approvalList, catalogue.onlineList);
      ItemChange last = item.getHistory().get(item.getHistory().size() - 1);
      assertThat(last.getKind()).isEqualTo(ItemChangeKind.LISTS_CHANGED);
      assertThat(last.getSummary()).isEqualTo("APPROVAL,ONLINE_SERVICE");
      assertRefused(
          () -> item.placeOnLists(List.of(), catalogue.chief, catalogue.later()),
          "catalogue.item.listRequired");
    }
  }

  @Nested
  class Headline {

    @Test
    void theThemeFlagsFollowWhomTheShownVersionServes() {
      ServiceItem item = catalogue.draftItem();
      assertThat(item.serves(ServiceObject.INDIVIDUAL)).isTrue();
      assertThat(item.serves(ServiceObject.ENTERPRISE)).isTrue();

      item.editDraft(
          foodLicence().serviceObjects(ServiceObject.ENTERPRISE).build(),
          catalogue.chief,
          catalogue.later());

      assertThat(item.serves(ServiceObject.INDIVIDUAL)).isFalse();
      assertThat(item.serves(ServiceObject.ENTERPRISE)).isTrue();
    }
  }

  @Nested
  class MakerChecker {

    @Test
    void approvalBySecondPersonPublishesTheVersion() {
      ServiceItem item = catalogue.draftItem();
      item.submitForReview(catalogue.chief, catalogue.later());
      Instant approvedAt = catalogue.later();

      item.approve(catalogue.head, approvedAt);

      ItemVersion published = item.findPublished().orElseThrow();
      assertThat(published.getNumber()).isEqualTo(1);
      assertThat(published.getStatus()).isEqualTo(VersionStatus.PUBLISHED);
      assertThat(published.getReviewer()).isSameAs(catalogue.head);
      assertThat(published.getPublishedAt()).isEqualTo(approvedAt);
      assertThat(item.findWorking()).isEmpty();
      assertThat(item.getStatus()).isEqualTo(VersionStatus.PUBLISHED);
      assertThat(kinds(item))
          .containsExactly(
              ItemChangeKind.CREATED, ItemChangeKind.SUBMITTED, ItemChangeKind.PUBLISHED);
      assertThat(item.getHistory().get(2).getActor()).isEqualTo("scjg.head");
    }

    @Test
    void theAuthorCannotApproveTheirOwnVersion() {
      ServiceItem item = catalogue.draftItem();
      item.editDraft(foodLicence().build(), catalogue.head, catalogue.later());
      item.submitForReview(catalogue.head, catalogue.later());

      assertRefused(
          () -> item.approve(catalogue.head, catalogue.later()),
          "catalogue.version.reviewerIsMaker");
      assertThat(item.findWorking().orElseThrow().getStatus()).isEqualTo(VersionStatus.IN_REVIEW);
      assertThat(item.findPublished()).isEmpty();
    }

    @Test
    void whoeverEditedTheVersionCannotReviewItEither() {
      ServiceItem item = catalogue.draftItem();
      item.editDraft(foodLicence().name("食品经营许可（变更）").build(), catalogue.deputy, catalogue.later());
      item.submitForReview(catalogue.chief, catalogue.later());

      assertRefused(
          () -> item.approve(catalogue.deputy, catalogue.later()),
          "catalogue.version.reviewerIsMaker");
      assertRefused(
          () -> item.reject(catalogue.deputy, "请补充材料", catalogue.later()),
          "catalogue.version.reviewerIsMaker");

      item.approve(catalogue.head, catalogue.later());
      assertThat(item.getStatus()).isEqualTo(VersionStatus.PUBLISHED);
    }

    @Test
    void aReviewerNeedsTheReviewPermission() {
      ServiceItem item = catalogue.draftItem();
      item.submitForReview(catalogue.chief, catalogue.later());

      assertRefused(
          () -> item.approve(catalogue.clerk, catalogue.later()),
          "catalogue.version.reviewerLacksPermission");
    }

    @Test
    void nothingCanBeApprovedBeforeItIsSubmitted() {
      ServiceItem item = catalogue.draftItem();

      assertRefused(
          () -> item.approve(catalogue.head, catalogue.later()), "catalogue.item.nothingInReview");
    }

    @Test
    void aRejectedVersionGoesBackToDraftWithItsReasonAndCanBeResubmitted() {
      ServiceItem item = catalogue.draftItem();
      item.submitForReview(catalogue.chief, catalogue.later());

      item.reject(catalogue.head, "办理流程缺少现场核查环节", catalogue.later());

      ItemVersion draft = item.findWorking().orElseThrow();
      assertThat(draft.getStatus()).isEqualTo(VersionStatus.DRAFT);
      assertThat(draft.getRejectionReason()).isEqualTo("办理流程缺少现场核查环节");
      assertThat(item.getStatus()).isEqualTo(VersionStatus.DRAFT);
      assertThat(item.getHistory().get(2).getSummary()).isEqualTo("办理流程缺少现场核查环节");

      item.editDraft(
          foodLicence()
              .steps(List.of())
              .step("受理", "窗口人员", 1)
              .step("审查", "审查人员", 3)
              .step("现场核查", "审查人员", 2)
              .step("决定", "首席代表", 2)
              .step("办结", "窗口人员", 1)
              .build(),
          catalogue.chief,
          catalogue.later());
      item.submitForReview(catalogue.chief, catalogue.later());
      item.approve(catalogue.head, catalogue.later());
      assertThat(item.findPublished().orElseThrow().getRejectionReason()).isNull();
    }

    @Test
    void aRejectionNeedsAReason() {
      ServiceItem item = catalogue.draftItem();
      item.submitForReview(catalogue.chief, catalogue.later());

      assertRefused(
          () -> item.reject(catalogue.head, " ", catalogue.later()),
          "catalogue.version.rejectionReasonRequired");
    }
  }

  @Nested
  class NewVersions {

    @Test
    void aPublishedItemChangesOnlyThroughANewDraftCopiedFromIt() {
      ServiceItem item = catalogue.publishedItem();
      ItemVersion first = item.findPublished().orElseThrow();

      ItemVersion second = item.startNewDraft(catalogue.chief, catalogue.later());

      assertThat(second.getNumber()).isEqualTo(2);
      assertThat(second.getStatus()).isEqualTo(VersionStatus.DRAFT);
      assertThat(second.content()).isEqualTo(first.content());
      assertThat(item.findPublished()).containsSame(first);
      assertThat(first.getStatus())
          .as("still governs new cases")
          .isEqualTo(VersionStatus.PUBLISHED);
      assertThat(item.getStatus()).isEqualTo(VersionStatus.PUBLISHED);
    }

    @Test
    void approvingTheNewVersionSupersedesTheOldOneWhichStaysUnchanged() {
      ServiceItem item = catalogue.publishedItem();
      ItemVersion first = item.findPublished().orElseThrow();
      ItemContent firstContent = first.content();
      item.startNewDraft(catalogue.chief, catalogue.later());
      item.editDraft(
          foodLicence()
              .limits(CaseKind.PROMISED, 20, 5)
              .online(OnlineLevel.FULL, OnlineDepth.IV)
              .visits(0, null)
              .delivery(DeliveryMode.POST, DeliveryMode.ONLINE)
              .build(),
          catalogue.chief,
          catalogue.later());
      assertThat(item.getOnlineLevel())
          .as("headline shows the published version")
          .isEqualTo(OnlineLevel.PARTIAL);
      item.submitForReview(catalogue.chief, catalogue.later());
      Instant approvedAt = catalogue.later();

      item.approve(catalogue.head, approvedAt);

      ItemVersion second = item.findPublished().orElseThrow();
      assertThat(second.getNumber()).isEqualTo(2);
      assertThat(second.getStatus()).isEqualTo(VersionStatus.PUBLISHED);
      assertThat(first.getStatus()).isEqualTo(VersionStatus.SUPERSEDED);
      assertThat(first.getRetiredAt()).isEqualTo(approvedAt);
      assertThat(first.content())
          .as("cases started under it still read it")
          .isEqualTo(firstContent);
      assertThat(item.getOnlineLevel()).isEqualTo(OnlineLevel.FULL);
      assertThat(item.getLastVersionNumber()).isEqualTo(2);
    }

    @Test
    void onlyOneNewVersionAtATime() {
      ServiceItem item = catalogue.publishedItem();
      item.startNewDraft(catalogue.chief, catalogue.later());

      assertRefused(
          () -> item.startNewDraft(catalogue.head, catalogue.later()),
          "catalogue.item.draftExists");
    }

    @Test
    void aNeverPublishedItemHasNothingToCopy() {
      ServiceItem item = catalogue.draftItem();

      assertRefused(
          () -> item.startNewDraft(catalogue.chief, catalogue.later()),
          "catalogue.item.neverPublished");
    }

    @Test
    void thePublishedVersionCannotBeEditedInPlace() {
      ServiceItem item = catalogue.publishedItem();

      assertRefused(
          () ->
              item.editDraft(foodLicence().name("改名").build(), catalogue.chief, catalogue.later()),
          "catalogue.item.noDraft");
      assertThat(item.findPublished().orElseThrow().getName()).isEqualTo("食品经营许可");
    }

    @Test
    void aLimitExceptionLetsTheVersionPromiseMoreThanHalfAndCarriesIntoTheNextDraft() {
      ServiceItem item = catalogue.draftItem();
      item.editDraft(
          foodLicence().limits(CaseKind.PROMISED, 20, 15).build(),
          catalogue.chief,
          catalogue.later());
      assertThatThrownBy(() -> item.submitForReview(catalogue.chief, catalogue.later()))
          .isInstanceOf(CatalogueRulesViolatedException.class);
      assertRefused(
          () -> item.recordLimitException(" ", catalogue.hallAdmin, catalogue.later()),
          "catalogue.version.exceptionReasonRequired");

      item.recordLimitException("需组织专家现场评审，经市政府同意", catalogue.hallAdmin, catalogue.later());
      item.submitForReview(catalogue.chief, catalogue.later());
      item.approve(catalogue.head, catalogue.later());

      ItemVersion next = item.startNewDraft(catalogue.chief, catalogue.later());
      assertThat(next.getLimitExceptionReason()).isEqualTo("需组织专家现场评审，经市政府同意");
      assertThat(kinds(item)).contains(ItemChangeKind.LIMIT_EXCEPTION);
    }
  }

  @Nested
  class Suspension {

    @Test
    void aPublishedItemIsSuspendedWithAReasonAndResumed() {
      ServiceItem item = catalogue.publishedItem();
      ItemVersion published = item.findPublished().orElseThrow();

      item.suspend(catalogue.head, "上位法修订，暂停受理", catalogue.later());
      assertThat(item.getStatus()).isEqualTo(VersionStatus.SUSPENDED);
      assertThat(published.getStatus()).isEqualTo(VersionStatus.SUSPENDED);

      item.resume(catalogue.head, catalogue.later());
      assertThat(item.getStatus()).isEqualTo(VersionStatus.PUBLISHED);
      assertThat(published.getStatus()).isEqualTo(VersionStatus.PUBLISHED);
      assertThat(kinds(item)).endsWith(ItemChangeKind.SUSPENDED, ItemChangeKind.RESUMED);
    }

    @Test
    void suspensionNeedsAPublishedItemAndAReason() {
      assertRefused(
          () -> catalogue.draftItem().suspend(catalogue.head, "原因", catalogue.later()),
          "catalogue.item.notPublished");
      ServiceItem item = catalogue.publishedItem();
      assertRefused(
          () -> item.suspend(catalogue.head, "", catalogue.later()),
          "catalogue.item.suspendReasonRequired");
      assertRefused(
          () -> item.resume(catalogue.head, catalogue.later()), "catalogue.item.notSuspended");
    }

    @Test
    void aVersionApprovedWhileTheItemIsSuspendedStartsSuspended() {
      ServiceItem item = catalogue.publishedItem();
      ItemVersion first = item.findPublished().orElseThrow();
      item.suspend(catalogue.head, "上位法修订，暂停受理", catalogue.later());
      item.startNewDraft(catalogue.chief, catalogue.later());
      item.submitForReview(catalogue.chief, catalogue.later());

      item.approve(catalogue.head, catalogue.later());

      assertThat(first.getStatus()).isEqualTo(VersionStatus.SUPERSEDED);
      assertThat(item.findPublished().orElseThrow().getStatus()).isEqualTo(VersionStatus.SUSPENDED);
      assertThat(item.getStatus()).isEqualTo(VersionStatus.SUSPENDED);
      item.resume(catalogue.head, catalogue.later());
      assertThat(item.findPublished().orElseThrow().getStatus()).isEqualTo(VersionStatus.PUBLISHED);
    }
  }
}
