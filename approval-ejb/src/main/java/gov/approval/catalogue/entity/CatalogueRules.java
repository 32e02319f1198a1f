package gov.approval.catalogue.entity;

import gov.approval.catalogue.boundary.RuleViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The data-quality rules inspectors apply to item lists, as pure Java over an item version's
 * content. They never stop a draft from being saved (the editor shows them as warnings); they stop
 * it from being submitted or published, with every violation at once. Each violation names its
 * message key, arguments and field.
 */
public final class CatalogueRules {

  /**
   * The steps every licensing item must have, each a group of names that count for it: the law's
   * minimum process 受理 → 审查 → 决定 → 办结 (or 送达). A step counts when its name contains one of them, so
   * 窗口受理 or 现场审核 do.
   */
  static final List<List<String>> LICENSING_STEPS =
      List.of(List.of("受理"), List.of("审查", "审核"), List.of("决定", "审批"), List.of("办结", "送达"));

  /**
   * An area code (0 and two or three digits), a dash, and a local number of seven or eight digits
   * or the city's 12345 service hotline.
   */
  static final Pattern PHONE_WITH_AREA_CODE = Pattern.compile("0\\d{2,3}-(\\d{7,8}|12345)");

  private CatalogueRules() {}

  /**
   * The rules as they apply to a stored version (its item's basic code, its recorded exception).
   */
  public static List<RuleViolation> check(ItemVersion version) {
    return check(
        version.getItem().getBasicCode(), version.content(), version.getLimitExceptionReason());
  }

  /**
   * Every rule {@code content} breaks, in the order of the editor's tabs; empty when it may be
   * published. {@code limitExceptionReason} is the reason an administrator recorded for promising
   * more than half the statutory limit, or null.
   */
  public static List<RuleViolation> check(
      String basicCode, ItemContent content, String limitExceptionReason) {
    List<RuleViolation> violations = new ArrayList<>();
    basicCodeMatchesType(basicCode, content, violations);
    licensingHasMinimumSteps(content, violations);
    requiredMaterialsAreDescribed(content, violations);
    immediateMeansZeroDays(content, violations);
    promisedAtMostHalfStatutory(content, limitExceptionReason, violations);
    feesMatchCharging(content, violations);
    depthFourIsWhollyOnline(content, violations);
    visitsHaveAReason(content, violations);
    noVisitNoOnlineMeansPost(content, violations);
    phonesHaveAreaCodesAndDiffer(content, violations);
    licensingHasFaq(content, violations);
    return List.copyOf(violations);
  }

  /** The basic code starts with the two-digit national code of the item's type. */
  private static void basicCodeMatchesType(
      String basicCode, ItemContent content, List<RuleViolation> violations) {
    if (basicCode != null
        && content.type() != null
        && !basicCode.startsWith(content.type().code())) {
      violations.add(
          RuleViolation.of(
              "type", "catalogue.rule.basicCodeType", basicCode, content.type().code()));
    }
  }

  private static void licensingHasMinimumSteps(
      ItemContent content, List<RuleViolation> violations) {
    if (content.type() != ItemType.LICENSING) {
      return;
    }
    for (List<String> names : LICENSING_STEPS) {
      boolean present =
          content.steps().stream()
              .map(ProcessStep::getName)
              .anyMatch(step -> step != null && names.stream().anyMatch(step::contains));
      if (!present) {
        violations.add(RuleViolation.of("steps", "catalogue.rule.licensingStep", names.get(0)));
      }
    }
  }

  /**
   * Every material the applicant must hand in, now or later under 容缺, has a name and a form: the
   * one-time notice and the 容缺 notice name each of them.
   */
  private static void requiredMaterialsAreDescribed(
      ItemContent content, List<RuleViolation> violations) {
    List<ItemMaterial> materials = content.materials();
    for (int i = 0; i < materials.size(); i++) {
      ItemMaterial material = materials.get(i);
      if (material.getNecessity() == null || !material.getNecessity().isRequired()) {
        continue;
      }
      if (isBlank(material.getName())) {
        violations.add(
            RuleViolation.of("materials[" + i + "].name", "catalogue.rule.materialName", i + 1));
      }
      if (material.getForm() == null) {
        violations.add(
            RuleViolation.of(
                "materials[" + i + "].form",
                "catalogue.rule.materialForm",
                i + 1,
                nameOr(material.getName())));
      }
    }
  }

  /** 即办件 ⇔ promised limit 0: an immediate item promises nothing later, any other kind does. */
  private static void immediateMeansZeroDays(ItemContent content, List<RuleViolation> violations) {
    if (content.caseKind() == null) {
      return;
    }
    if (content.isImmediate() && content.promisedLimitDays() != 0) {
      violations.add(
          RuleViolation.of(
              "promisedLimitDays",
              "catalogue.rule.immediateNeedsZeroDays",
              content.promisedLimitDays()));
    }
    if (!content.isImmediate() && content.promisedLimitDays() == 0) {
      violations.add(RuleViolation.of("caseKind", "catalogue.rule.zeroDaysNeedsImmediate"));
    }
  }

  /** The city promises at most half the statutory limit, unless an exception has a reason. */
  private static void promisedAtMostHalfStatutory(
      ItemContent content, String limitExceptionReason, List<RuleViolation> violations) {
    Integer statutory = content.statutoryLimitDays();
    if (statutory == null || !isBlank(limitExceptionReason)) {
      return;
    }
    if (2 * content.promisedLimitDays() > statutory) {
      violations.add(
          RuleViolation.of(
              "promisedLimitDays",
              "catalogue.rule.promisedOverHalf",
              content.promisedLimitDays(),
              statutory));
    }
  }

  /**
   * A charged item lists its fees, each with standard and basis; a free one lists none (a fee on a
   * free item is an unauthorised charge waiting to happen).
   */
  private static void feesMatchCharging(ItemContent content, List<RuleViolation> violations) {
    List<FeeItem> fees = content.fees();
    if (!content.charged()) {
      if (!fees.isEmpty()) {
        violations.add(RuleViolation.of("fees", "catalogue.rule.freeWithFees", fees.size()));
      }
      return;
    }
    if (fees.isEmpty()) {
      violations.add(RuleViolation.of("fees", "catalogue.rule.chargedNeedsFee"));
    }
    for (int i = 0; i < fees.size(); i++) {
      FeeItem fee = fees.get(i);
      if (isBlank(fee.getBasis())) {
        violations.add(
            RuleViolation.of(
                "fees[" + i + "].basis", "catalogue.rule.feeBasis", i + 1, nameOr(fee.getName())));
      }
      if (isBlank(fee.getStandard())) {
        violations.add(
            RuleViolation.of(
                "fees[" + i + "].standard",
                "catalogue.rule.feeStandard",
                i + 1,
                nameOr(fee.getName())));
      }
    }
  }

  /** Depth IV (全程网办) means the whole process is online: no visit, online level full. */
  private static void depthFourIsWhollyOnline(ItemContent content, List<RuleViolation> violations) {
    if (content.onlineDepth() != OnlineDepth.IV) {
      return;
    }
    if (content.onSiteVisits() != 0) {
      violations.add(
          RuleViolation.of(
              "onSiteVisits", "catalogue.rule.depthFourVisits", content.onSiteVisits()));
    }
    if (content.onlineLevel() != OnlineLevel.FULL) {
      violations.add(RuleViolation.of("onlineLevel", "catalogue.rule.depthFourOnlineLevel"));
    }
  }

  /** Every visit the applicant must make to the hall is justified in the guide. */
  private static void visitsHaveAReason(ItemContent content, List<RuleViolation> violations) {
    if (content.onSiteVisits() != 0 && isBlank(content.onSiteReason())) {
      violations.add(
          RuleViolation.of(
              "onSiteReason", "catalogue.rule.visitsNeedReason", content.onSiteVisits()));
    }
  }

  /**
   * An item needing no visit that cannot be handled online can only be applied for by post: the
   * guide must offer postal delivery, or the applicant has no way to apply at all.
   */
  private static void noVisitNoOnlineMeansPost(
      ItemContent content, List<RuleViolation> violations) {
    if (content.onSiteVisits() == 0
        && content.onlineLevel() == OnlineLevel.NONE
        && !content.deliveryModes().contains(DeliveryMode.POST)) {
      violations.add(RuleViolation.of("deliveryModes", "catalogue.rule.noVisitNeedsPost"));
    }
  }

  /**
   * Consultation and complaint lines are two different numbers with their area code, as the
   * inspectors check: a complaint must not reach the desk it complains about, and a number without
   * area code is useless to a caller from another county.
   */
  private static void phonesHaveAreaCodesAndDiffer(
      ItemContent content, List<RuleViolation> violations) {
    String consultation = content.consultationPhone();
    String complaint = content.complaintPhone();
    phoneWithAreaCode(
        "consultationPhone", consultation, "catalogue.rule.consultationPhone", violations);
    phoneWithAreaCode("complaintPhone", complaint, "catalogue.rule.complaintPhone", violations);
    if (!isBlank(consultation)
        && !isBlank(complaint)
        && digits(consultation).equals(digits(complaint))) {
      violations.add(RuleViolation.of("complaintPhone", "catalogue.rule.phonesDiffer"));
    }
  }

  private static void phoneWithAreaCode(
      String field, String phone, String key, List<RuleViolation> violations) {
    if (isBlank(phone) || !PHONE_WITH_AREA_CODE.matcher(phone.strip()).matches()) {
      violations.add(RuleViolation.of(field, key, isBlank(phone) ? "" : phone.strip()));
    }
  }

  private static String digits(String phone) {
    return phone.replaceAll("\\D", "");
  }

  /** 行政许可 guides answer at least one common question. */
  private static void licensingHasFaq(ItemContent content, List<RuleViolation> violations) {
    if (content.type() == ItemType.LICENSING && content.faqs().isEmpty()) {
      violations.add(RuleViolation.of("faqs", "catalogue.rule.licensingFaq"));
    }
  }

  private static String nameOr(String name) {
    return isBlank(name) ? "" : name;
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
