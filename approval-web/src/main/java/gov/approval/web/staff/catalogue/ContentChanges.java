package gov.approval.web.staff.catalogue;

import gov.approval.catalogue.entity.ItemContent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Which parts of an item's content differ between two versions, in the order of the editor's tabs,
 * as the keys of their labels: what a reviewer checks first when a new version of a published item
 * waits for approval.
 */
public final class ContentChanges {

  /** Label key → the part of the content it names. */
  private static final Map<String, Function<ItemContent, Object>> PARTS = parts();

  private ContentChanges() {}

  /**
   * The label keys of the parts that differ from {@code before} to {@code after}; every part when
   * there is nothing before (a first version), none when there is nothing after.
   */
  public static List<String> between(ItemContent before, ItemContent after) {
    List<String> changed = new ArrayList<>();
    if (after == null) {
      return changed;
    }
    PARTS.forEach(
        (key, part) -> {
          if (before == null || !Objects.equals(part.apply(before), part.apply(after))) {
            changed.add(key);
          }
        });
    return changed;
  }

  private static Map<String, Function<ItemContent, Object>> parts() {
    String p = "staff_catalogue_item.";
    Map<String, Function<ItemContent, Object>> parts = new LinkedHashMap<>();
    parts.put(p + "name", ItemContent::name);
    parts.put(p + "keywords", ItemContent::keywords);
    parts.put(p + "type", ItemContent::type);
    parts.put(p + "serviceObjects", ItemContent::serviceObjects);
    parts.put(p + "conditions", ItemContent::conditions);
    parts.put(p + "tabBases", ItemContent::legalBases);
    parts.put(p + "tabMaterials", ItemContent::materials);
    parts.put(p + "tabSteps", ItemContent::steps);
    parts.put(p + "separateDuties", ItemContent::separateAcceptanceAndDecision);
    parts.put(
        p + "limits",
        c ->
            List.of(
                String.valueOf(c.caseKind()),
                String.valueOf(c.statutoryLimitDays()),
                c.promisedLimitDays()));
    parts.put(p + "tabFees", c -> List.of(c.charged(), c.fees()));
    parts.put(
        p + "online",
        c -> List.of(String.valueOf(c.onlineLevel()), String.valueOf(c.onlineDepth())));
    parts.put(p + "visits", c -> List.of(c.onSiteVisits(), String.valueOf(c.onSiteReason())));
    parts.put(p + "deliveryModes", ItemContent::deliveryModes);
    parts.put(
        p + "result", c -> List.of(String.valueOf(c.resultName()), String.valueOf(c.resultType())));
    parts.put(
        p + "phones",
        c -> List.of(String.valueOf(c.consultationPhone()), String.valueOf(c.complaintPhone())));
    parts.put(p + "tabFaq", ItemContent::faqs);
    return parts;
  }
}
