package gov.approval.republication.control;

import gov.approval.catalogue.entity.ItemChange;
import gov.approval.catalogue.entity.ItemContent;
import gov.approval.catalogue.entity.ItemList;
import gov.approval.catalogue.entity.ItemVersion;
import gov.approval.catalogue.entity.ReformRound;
import gov.approval.catalogue.entity.ServiceItem;
import gov.approval.organisation.entity.Department;
import gov.approval.republication.entity.Operation;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;

/**
 * The JSON the provincial platform receives for one change: the national item fields the catalogue
 * holds, the version, the operation and the batch number. docs/republication.md documents every
 * field; change both together.
 */
public final class RepublicationPayload {

  public static final String FORMAT = "approval-republication/1";

  /**
   * One factory for every builder: {@code Json.createObjectBuilder()} looks the provider up on each
   * call, which a profile of the benchmark showed to cost more than the rest of the payload.
   */
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

  private RepublicationPayload() {}

  /** The key the platform deduplicates on: stable for one change of one item version. */
  public static String idempotencyKey(ItemChange change) {
    return change.getImplementationCode()
        + "-v"
        + change.getItemVersion().getNumber()
        + "-"
        + change.getId();
  }

  public static String body(
      ItemChange change, Operation operation, String batchNumber, String idempotencyKey) {
    ServiceItem item = change.getItem();
    ItemVersion version = change.getItemVersion();
    ItemContent content = version.content();
    Department department = item.getDepartment();
    JsonObjectBuilder itemJson =
        JSON.createObjectBuilder()
            .add("implementationCode", change.getImplementationCode())
            .add("basicCode", item.getBasicCode())
            .add("name", content.name())
            .add("version", version.getNumber())
            .add("versionStatus", version.getStatus().name())
            .add("itemType", content.type().code())
            .add("itemTypeName", content.type().name())
            .add(
                "department",
                JSON.createObjectBuilder()
                    .add("code", department.getCode())
                    .add("name", department.getName())
                    .add("regionCode", department.getRegion().getCode())
                    .add("regionName", department.getRegion().getName()))
            .add("regionLevel", item.getRegionLevel().name())
            .add("lists", lists(item.getLists()))
            .add("serviceObjects", names(content.serviceObjects()))
            .add("caseKind", content.caseKind().name())
            .add("promisedLimitDays", content.promisedLimitDays())
            .add("charged", content.charged())
            .add("onlineLevel", content.onlineLevel().name())
            .add("onSiteVisits", content.onSiteVisits())
            .add("deliveryModes", names(content.deliveryModes()));
    text(itemJson, "keywords", content.keywords());
    text(itemJson, "conditions", content.conditions());
    if (content.statutoryLimitDays() != null) {
      itemJson.add("statutoryLimitDays", content.statutoryLimitDays());
    } else {
      itemJson.addNull("statutoryLimitDays");
    }
    text(
        itemJson,
        "onlineDepth",
        content.onlineDepth() == null ? null : content.onlineDepth().name());
    text(itemJson, "onSiteReason", content.onSiteReason());
    text(itemJson, "resultName", content.resultName());
    text(itemJson, "resultType", content.resultType());
    text(itemJson, "consultationPhone", content.consultationPhone());
    text(itemJson, "complaintPhone", content.complaintPhone());
    text(itemJson, "publishedAt", instant(version.getPublishedAt()));
    JsonArrayBuilder bases = JSON.createArrayBuilder();
    content
        .legalBases()
        .forEach(
            basis -> {
              JsonObjectBuilder b = JSON.createObjectBuilder().add("law", basis.getLaw());
              text(b, "article", basis.getArticle());
              text(b, "text", basis.getText());
              bases.add(b);
            });
    itemJson.add("legalBases", bases);
    JsonArrayBuilder materials = JSON.createArrayBuilder();
    content
        .materials()
        .forEach(
            material -> {
              JsonObjectBuilder m = JSON.createObjectBuilder();
              text(m, "name", material.getName());
              text(m, "form", material.getForm() == null ? null : material.getForm().name());
              m.add("copies", material.getCopies());
              m.add("necessity", material.getNecessity().name());
              text(m, "source", material.getSource());
              text(m, "notes", material.getNotes());
              materials.add(m);
            });
    itemJson.add("materials", materials);
    JsonArrayBuilder steps = JSON.createArrayBuilder();
    content
        .steps()
        .forEach(
            step -> {
              JsonObjectBuilder s = JSON.createObjectBuilder().add("name", step.getName());
              text(s, "role", step.getRole());
              if (step.getLimitDays() != null) {
                s.add("limitDays", step.getLimitDays());
              }
              text(s, "criteria", step.getCriteria());
              text(s, "result", step.getResult());
              steps.add(s);
            });
    itemJson.add("steps", steps);
    JsonArrayBuilder fees = JSON.createArrayBuilder();
    content
        .fees()
        .forEach(
            fee -> {
              JsonObjectBuilder f = JSON.createObjectBuilder();
              text(f, "name", fee.getName());
              text(f, "standard", fee.getStandard());
              text(f, "basis", fee.getBasis());
              f.add("waivable", fee.isWaivable());
              fees.add(f);
            });
    itemJson.add("fees", fees);

    JsonObjectBuilder changeJson =
        JSON.createObjectBuilder()
            .add("kind", change.getKind().name())
            .add("changedAt", instant(change.getChangedAt()));
    text(changeJson, "summary", change.getSummary());
    ReformRound round = change.getRound();
    if (round != null) {
      changeJson.add(
          "reformRound",
          JSON.createObjectBuilder()
              .add("name", round.getName())
              .add("documentNumber", round.getDocumentNumber())
              .add("decidedOn", round.getDecidedOn().toString()));
    }
    return JSON.createObjectBuilder()
        .add("format", FORMAT)
        .add("batchNumber", batchNumber)
        .add("idempotencyKey", idempotencyKey)
        .add("operation", operation.name())
        .add("change", changeJson)
        .add("item", itemJson)
        .build()
        .toString();
  }

  private static JsonArrayBuilder lists(Collection<ItemList> lists) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    lists.stream()
        .sorted(Comparator.comparingInt(ItemList::getSortOrder))
        .forEach(list -> array.add(list.getCode()));
    return array;
  }

  private static JsonArrayBuilder names(Collection<? extends Enum<?>> values) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    values.stream().map(Enum::name).sorted().forEach(array::add);
    return array;
  }

  private static void text(JsonObjectBuilder builder, String name, String value) {
    if (value == null) {
      builder.addNull(name);
    } else {
      builder.add(name, value);
    }
  }

  private static String instant(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
