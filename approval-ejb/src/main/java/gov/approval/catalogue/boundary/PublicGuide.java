package gov.approval.catalogue.boundary;

import gov.approval.catalogue.entity.CaseKind;
import gov.approval.catalogue.entity.DeliveryMode;
import gov.approval.catalogue.entity.ItemChangeKind;
import gov.approval.catalogue.entity.ItemType;
import gov.approval.catalogue.entity.MaterialForm;
import gov.approval.catalogue.entity.MaterialNecessity;
import gov.approval.catalogue.entity.OnlineDepth;
import gov.approval.catalogue.entity.OnlineLevel;
import gov.approval.catalogue.entity.ServiceObject;
import gov.approval.catalogue.entity.VersionStatus;
import gov.approval.organisation.entity.RegionLevel;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The item guide (办事指南) as citizens read it: everything the published version holds, as plain
 * values for the guide page, the printable checklist and the read API. {@code status} is PUBLISHED,
 * SUSPENDED (with the public reason) or ENDED (then {@code ending} says how and by which reform
 * round, and the content is the last one that was in force).
 */
public record PublicGuide(
    String implementationCode,
    String basicCode,
    String name,
    ItemType type,
    String departmentCode,
    String departmentName,
    RegionLevel regionLevel,
    VersionStatus status,
    String suspensionReason,
    Ending ending,
    int versionNumber,
    Instant publishedAt,
    List<ItemListRow> lists,
    Set<ServiceObject> serviceObjects,
    String conditions,
    List<Basis> legalBases,
    List<Material> materials,
    List<Step> steps,
    CaseKind caseKind,
    Integer statutoryLimitDays,
    int promisedLimitDays,
    boolean charged,
    List<Fee> fees,
    OnlineLevel onlineLevel,
    OnlineDepth onlineDepth,
    int onSiteVisits,
    String onSiteReason,
    Set<DeliveryMode> deliveryModes,
    String resultName,
    String resultType,
    String consultationPhone,
    String complaintPhone,
    List<Faq> faqs) {

  public PublicGuide {
    lists = List.copyOf(lists);
    serviceObjects = Set.copyOf(serviceObjects);
    legalBases = List.copyOf(legalBases);
    materials = List.copyOf(materials);
    steps = List.copyOf(steps);
    fees = List.copyOf(fees);
    deliveryModes = Set.copyOf(deliveryModes);
    faqs = List.copyOf(faqs);
  }

  /** A legal basis: the law, its article and the quoted text. */
  public record Basis(String law, String article, String text) {}

  /** A material to hand in; {@code number} counts from 1 as the checklist prints it. */
  public record Material(
      int number,
      String name,
      MaterialForm form,
      int copies,
      MaterialNecessity necessity,
      String source,
      String notes) {}

  /** A step of the process, in order; {@code number} counts from 1. */
  public record Step(
      int number, String name, String role, Integer limitDays, String criteria, String result) {}

  public record Fee(String name, String standard, String basis, boolean waivable) {}

  public record Faq(String question, String answer) {}

  /**
   * How an ended item ended: cancelled or merged, when, by which reform round (if any), and the
   * item that took it over after a merger.
   */
  public record Ending(
      ItemChangeKind kind,
      Instant endedAt,
      String roundName,
      String roundDocumentNumber,
      String mergedIntoCode,
      String note) {}

  public boolean ended() {
    return status == VersionStatus.ENDED;
  }

  public boolean suspended() {
    return status == VersionStatus.SUSPENDED;
  }

  /** Whether cases are decided on the spot (即办件), so no limit applies. */
  public boolean immediate() {
    return caseKind == CaseKind.IMMEDIATE;
  }

  /** Whether an application can be made online now: full or partial online, and in force. */
  public boolean applicableOnline() {
    return status == VersionStatus.PUBLISHED
        && (onlineLevel == OnlineLevel.FULL || onlineLevel == OnlineLevel.PARTIAL);
  }
}
