package gov.approval.catalogue.entity;

import static gov.approval.catalogue.entity.CatalogueFixture.FOOD_LICENCE;
import static gov.approval.catalogue.entity.CatalogueFixture.foodLicence;
import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.catalogue.boundary.RuleViolation;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The data-quality rules that block publication: each with a case that keeps it and one that breaks
 * it, starting from an item that breaks none and changing one thing. A violation names its message
 * key, arguments and field.
 */
class CatalogueRulesTest {

  private static List<RuleViolation> check(ItemContent.Builder content) {
    return CatalogueRules.check(FOOD_LICENCE, content.build(), null);
  }

  private static List<String> keys(List<RuleViolation> violations) {
    return violations.stream().map(RuleViolation::messageKey).toList();
  }

  @Test
  void theFixtureItemBreaksNoRule() {
    assertThat(check(foodLicence())).isEmpty();
  }

  @Test
  void allViolationsAreReportedAtOnce() {
    List<RuleViolation> violations =
        check(
            foodLicence()
                .steps(List.of())
                .limits(CaseKind.PROMISED, 20, 15)
                .charged(true)
                .online(OnlineLevel.PARTIAL, OnlineDepth.IV)
                .visits(2, null));

    assertThat(keys(violations))
        .containsExactly(
            "catalogue.rule.licensingStep",
            "catalogue.rule.licensingStep",
            "catalogue.rule.licensingStep",
            "catalogue.rule.licensingStep",
            "catalogue.rule.promisedOverHalf",
            "catalogue.rule.chargedNeedsFee",
            "catalogue.rule.depthFourVisits",
            "catalogue.rule.depthFourOnlineLevel",
            "catalogue.rule.visitsNeedReason");
  }

  @Nested
  class BasicCodeAndType {

    @Test
    void basicCodeStartingWithTheTypeCodeIsKept() {
      assertThat(
              CatalogueRules.check(
                  "2000301000", foodLicence().type(ItemType.PUBLIC_SERVICE).build(), null))
          .isEmpty();
    }

    @Test
    void basicCodeOfAnotherTypeIsRefused() {
      List<RuleViolation> violations =
          CatalogueRules.check("2000301000", foodLicence().build(), null);

      assertThat(violations)
          .containsExactly(
              RuleViolation.of("type", "catalogue.rule.basicCodeType", "2000301000", "01"));
    }
  }

  @Nested
  class LicensingSteps {

    @Test
    void synonymsAndLongerStepNamesCount() {
      assertThat(
              check(
                  foodLicence()
                      .steps(List.of())
                      .step("窗口受理", "窗口人员", 1)
                      .step("材料审核", "审查人员", 5)
                      .step("审批", "首席代表", 2)
                      .step("送达", "窗口人员", 1)))
          .isEmpty();
    }

    @Test
    void missingStepsAreNamedOneByOne() {
      List<RuleViolation> violations =
          check(foodLicence().steps(List.of()).step("受理", "窗口人员", 1).step("审查", "审查人员", 5));

      assertThat(violations)
          .containsExactly(
              RuleViolation.of("steps", "catalogue.rule.licensingStep", "决定"),
              RuleViolation.of("steps", "catalogue.rule.licensingStep", "办结"));
    }

    @Test
    void otherTypesNeedNoMinimumProcess() {
      assertThat(
              CatalogueRules.check(
                  "0700101000",
                  foodLicence().type(ItemType.CONFIRMATION).steps(List.of()).build(),
                  null))
          .isEmpty();
    }
  }

  @Nested
  class Materials {

    @Test
    void anOptionalMaterialMayBeLeftUndescribed() {
      assertThat(
              check(
                  foodLicence()
                      .material(
                          new ItemMaterial(null, null, 0, MaterialNecessity.OPTIONAL, null, null))))
          .isEmpty();
    }

    @Test
    void aMandatoryMaterialWithoutNameIsRefused() {
      List<RuleViolation> violations =
          check(
              foodLicence()
                  .material(
                      new ItemMaterial(
                          " ", MaterialForm.COPY, 1, MaterialNecessity.MANDATORY, null, null)));

      assertThat(violations)
          .containsExactly(RuleViolation.of("materials[3].name", "catalogue.rule.materialName", 4));
    }

    @Test
    void aMandatoryMaterialWithoutFormIsRefused() {
      List<RuleViolation> violations =
          check(
              foodLicence()
                  .material(
                      new ItemMaterial("身份证", null, 1, MaterialNecessity.MANDATORY, null, null)));

      assertThat(violations)
          .containsExactly(
              RuleViolation.of("materials[3].form", "catalogue.rule.materialForm", 4, "身份证"));
    }

    @Test
    void aDeferrableMaterialCountsAsRequired() {
      List<RuleViolation> violations =
          check(
              foodLicence()
                  .material(
                      new ItemMaterial(null, null, 1, MaterialNecessity.DEFERRABLE, null, null)));

      assertThat(keys(violations))
          .containsExactly("catalogue.rule.materialName", "catalogue.rule.materialForm");
    }
  }

  @Nested
  class ImmediateItems {

    @Test
    void anImmediateItemPromisingZeroDaysIsKept() {
      assertThat(check(foodLicence().limits(CaseKind.IMMEDIATE, 20, 0))).isEmpty();
    }

    @Test
    void anImmediateItemPromisingDaysIsRefused() {
      assertThat(check(foodLicence().limits(CaseKind.IMMEDIATE, 20, 3)))
          .containsExactly(
              RuleViolation.of("promisedLimitDays", "catalogue.rule.immediateNeedsZeroDays", 3));
    }

    @Test
    void zeroDaysOnAPromisedItemIsRefused() {
      assertThat(check(foodLicence().limits(CaseKind.PROMISED, 20, 0)))
          .containsExactly(RuleViolation.of("caseKind", "catalogue.rule.zeroDaysNeedsImmediate"));
    }
  }

  @Nested
  class PromisedLimit {

    @Test
    void halfTheStatutoryLimitIsKept() {
      assertThat(check(foodLicence().limits(CaseKind.PROMISED, 20, 10))).isEmpty();
      assertThat(check(foodLicence().limits(CaseKind.PROMISED, 15, 7))).isEmpty();
    }

    @Test
    void moreThanHalfIsRefused() {
      assertThat(check(foodLicence().limits(CaseKind.PROMISED, 20, 11)))
          .containsExactly(
              RuleViolation.of("promisedLimitDays", "catalogue.rule.promisedOverHalf", 11, 20));
      assertThat(keys(check(foodLicence().limits(CaseKind.PROMISED, 15, 8))))
          .containsExactly("catalogue.rule.promisedOverHalf");
    }

    @Test
    void anExceptionWithItsReasonAllowsMore() {
      ItemContent content = foodLicence().limits(CaseKind.PROMISED, 20, 15).build();

      assertThat(CatalogueRules.check(FOOD_LICENCE, content, "需组织专家现场评审，经市政府同意")).isEmpty();
      assertThat(keys(CatalogueRules.check(FOOD_LICENCE, content, "  ")))
          .containsExactly("catalogue.rule.promisedOverHalf");
    }

    @Test
    void withoutStatutoryLimitAnyPromiseIsKept() {
      assertThat(check(foodLicence().limits(CaseKind.PROMISED, null, 30))).isEmpty();
    }
  }

  @Nested
  class Fees {

    private final FeeItem fee = new FeeItem("登记费", "每件 50 元", "陕价费发〔2016〕1号", true);

    @Test
    void aChargedItemWithACompleteFeeIsKept() {
      assertThat(check(foodLicence().charged(true).fee(fee))).isEmpty();
    }

    @Test
    void aChargedItemWithoutFeesIsRefused() {
      assertThat(check(foodLicence().charged(true)))
          .containsExactly(RuleViolation.of("fees", "catalogue.rule.chargedNeedsFee"));
    }

    @Test
    void aFeeWithoutBasisIsRefused() {
      assertThat(check(foodLicence().charged(true).fee(new FeeItem("登记费", "每件 50 元", null, false))))
          .containsExactly(RuleViolation.of("fees[0].basis", "catalogue.rule.feeBasis", 1, "登记费"));
    }

    @Test
    void aFeeWithoutStandardIsRefused() {
      assertThat(
              check(foodLicence().charged(true).fee(new FeeItem("登记费", "", "陕价费发〔2016〕1号", false))))
          .containsExactly(
              RuleViolation.of("fees[0].standard", "catalogue.rule.feeStandard", 1, "登记费"));
    }

    @Test
    void aFreeItemWithoutFeesIsKept() {
      assertThat(check(foodLicence().free())).isEmpty();
    }

    @Test
    void aFreeItemListingFeesIsRefused() {
      assertThat(check(foodLicence().charged(false).fee(fee)))
          .containsExactly(RuleViolation.of("fees", "catalogue.rule.freeWithFees", 1));
    }
  }

  @Nested
  class OnlineDepthFour {

    @Test
    void wholeProcessOnlineWithoutVisitsIsKept() {
      assertThat(check(foodLicence().online(OnlineLevel.FULL, OnlineDepth.IV).visits(0, null)))
          .isEmpty();
    }

    @Test
    void depthFourWithAVisitIsRefused() {
      assertThat(check(foodLicence().online(OnlineLevel.FULL, OnlineDepth.IV).visits(1, "现场核查")))
          .containsExactly(RuleViolation.of("onSiteVisits", "catalogue.rule.depthFourVisits", 1));
    }

    @Test
    void depthFourOnlyPartlyOnlineIsRefused() {
      assertThat(check(foodLicence().online(OnlineLevel.PARTIAL, OnlineDepth.IV).visits(0, null)))
          .containsExactly(RuleViolation.of("onlineLevel", "catalogue.rule.depthFourOnlineLevel"));
    }
  }

  @Nested
  class Visits {

    @Test
    void visitsWithAReasonAreKept() {
      assertThat(check(foodLicence().visits(2, "现场核查，当场领证"))).isEmpty();
    }

    @Test
    void visitsWithoutAReasonAreRefused() {
      assertThat(check(foodLicence().visits(2, " ")))
          .containsExactly(RuleViolation.of("onSiteReason", "catalogue.rule.visitsNeedReason", 2));
    }

    @Test
    void noVisitNeedsNoReason() {
      assertThat(check(foodLicence().visits(0, null))).isEmpty();
    }
  }

  @Test
  void aStoredVersionIsCheckedWithItsItemsCodeAndRecordedException() {
    CatalogueFixture catalogue = new CatalogueFixture();
    ServiceItem item = catalogue.draftItem();
    item.editDraft(
        foodLicence().limits(CaseKind.PROMISED, 20, 15).build(),
        catalogue.chief,
        catalogue.later());
    ItemVersion draft = item.findWorking().orElseThrow();

    assertThat(keys(CatalogueRules.check(draft)))
        .containsExactly("catalogue.rule.promisedOverHalf");

    item.recordLimitException("需组织专家现场评审", catalogue.hallAdmin, catalogue.later());
    assertThat(CatalogueRules.check(draft)).isEmpty();
  }

  @Nested
  class NoVisitNoOnline {

    @Test
    void anOfflineItemWithoutVisitOffersPostalDelivery() {
      assertThat(check(foodLicence().online(OnlineLevel.NONE, null).visits(0, null))).isEmpty();
    }

    @Test
    void anOfflineItemWithoutVisitAndWithoutPostIsRefused() {
      assertThat(
              check(
                  foodLicence()
                      .online(OnlineLevel.NONE, null)
                      .visits(0, null)
                      .delivery(DeliveryMode.WINDOW)))
          .containsExactly(RuleViolation.of("deliveryModes", "catalogue.rule.noVisitNeedsPost"));
    }

    @Test
    void anOnlineItemWithoutVisitNeedsNoPost() {
      assertThat(check(foodLicence().visits(0, null).delivery(DeliveryMode.ONLINE))).isEmpty();
    }
  }

  @Nested
  class Phones {

    @Test
    void localNumbersAndTheHotlineWithAreaCodeAreKept() {
      assertThat(check(foodLicence().phones("0913-2931234", "029-87654321"))).isEmpty();
      assertThat(check(foodLicence().phones("0913-2931234", "0913-12345"))).isEmpty();
    }

    @Test
    void aNumberWithoutAreaCodeIsRefused() {
      assertThat(check(foodLicence().phones("2931234", "0913-12345")))
          .containsExactly(
              RuleViolation.of("consultationPhone", "catalogue.rule.consultationPhone", "2931234"));
    }

    @Test
    void missingPhonesAreRefused() {
      assertThat(keys(check(foodLicence().phones(null, " "))))
          .containsExactly("catalogue.rule.consultationPhone", "catalogue.rule.complaintPhone");
    }

    @Test
    void theSameNumberForConsultationAndComplaintIsRefused() {
      assertThat(check(foodLicence().phones("0913-2931234", "0913-2931234")))
          .containsExactly(RuleViolation.of("complaintPhone", "catalogue.rule.phonesDiffer"));
    }
  }

  @Nested
  class LicensingFaq {

    @Test
    void aLicensingItemWithoutFaqIsRefused() {
      assertThat(check(foodLicence().faqs(List.of())))
          .containsExactly(RuleViolation.of("faqs", "catalogue.rule.licensingFaq"));
    }

    @Test
    void otherTypesNeedNoFaq() {
      ItemContent service =
          foodLicence().type(ItemType.PUBLIC_SERVICE).steps(List.of()).faqs(List.of()).build();
      assertThat(CatalogueRules.check("2000101000", service, null)).isEmpty();
    }
  }
}
