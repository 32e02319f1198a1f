package gov.approval.catalogue.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Everything an editor writes into one item version, as one immutable value: the editor's form
 * fills it, a new draft copies it from the published version, an import builds it, and {@link
 * CatalogueRules} checks it before anything is saved. Bean Validation here catches what no draft
 * may hold (missing name or type, too long texts); completeness is left to the rules, which block
 * publication but not saving.
 */
public record ItemContent(
    @NotBlank(message = "{catalogue.version.name.required}") @Size(max = ItemVersion.NAME_LENGTH)
        String name,
    @Size(max = ItemVersion.KEYWORDS_LENGTH) String keywords,
    @NotNull(message = "{catalogue.version.type.required}") ItemType type,
    @NotNull Set<ServiceObject> serviceObjects,
    @Size(max = ItemVersion.CONDITIONS_LENGTH) String conditions,
    @NotNull List<@Valid @NotNull LegalBasis> legalBases,
    @NotNull List<@Valid @NotNull ItemMaterial> materials,
    @NotNull List<@Valid @NotNull ProcessStep> steps,
    @NotNull(message = "{catalogue.version.caseKind.required}") CaseKind caseKind,
    @Min(0) @Max(ItemVersion.MAX_LIMIT_DAYS) Integer statutoryLimitDays,
    @Min(0) @Max(ItemVersion.MAX_LIMIT_DAYS) int promisedLimitDays,
    boolean charged,
    @NotNull List<@Valid @NotNull FeeItem> fees,
    boolean separateAcceptanceAndDecision,
    @NotNull(message = "{catalogue.version.onlineLevel.required}") OnlineLevel onlineLevel,
    OnlineDepth onlineDepth,
    @Min(0) @Max(ItemVersion.MAX_VISITS) int onSiteVisits,
    @Size(max = ItemVersion.REASON_LENGTH) String onSiteReason,
    @NotNull Set<DeliveryMode> deliveryModes,
    @Size(max = ItemVersion.RESULT_NAME_LENGTH) String resultName,
    @Size(max = ItemVersion.RESULT_TYPE_LENGTH) String resultType,
    @Size(max = ItemVersion.PHONE_LENGTH) String consultationPhone,
    @Size(max = ItemVersion.PHONE_LENGTH) String complaintPhone,
    @NotNull List<@Valid @NotNull FaqEntry> faqs) {

  public ItemContent {
    serviceObjects = copy(serviceObjects);
    legalBases = legalBases == null ? List.of() : List.copyOf(legalBases);
    materials = materials == null ? List.of() : List.copyOf(materials);
    steps = steps == null ? List.of() : List.copyOf(steps);
    fees = fees == null ? List.of() : List.copyOf(fees);
    deliveryModes = copy(deliveryModes);
    faqs = faqs == null ? List.of() : List.copyOf(faqs);
  }

  /** Whether cases of this item are decided on the spot (即办件). */
  public boolean isImmediate() {
    return caseKind == CaseKind.IMMEDIATE;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this content, to change a few fields of it. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.name = name;
    b.keywords = keywords;
    b.type = type;
    b.serviceObjects = serviceObjects;
    b.conditions = conditions;
    b.legalBases = new ArrayList<>(legalBases);
    b.materials = new ArrayList<>(materials);
    b.steps = new ArrayList<>(steps);
    b.caseKind = caseKind;
    b.statutoryLimitDays = statutoryLimitDays;
    b.promisedLimitDays = promisedLimitDays;
    b.charged = charged;
    b.fees = new ArrayList<>(fees);
    b.separateAcceptanceAndDecision = separateAcceptanceAndDecision;
    b.onlineLevel = onlineLevel;
    b.onlineDepth = onlineDepth;
    b.onSiteVisits = onSiteVisits;
    b.onSiteReason = onSiteReason;
    b.deliveryModes = deliveryModes;
    b.resultName = resultName;
    b.resultType = resultType;
    b.consultationPhone = consultationPhone;
    b.complaintPhone = complaintPhone;
    b.faqs = new ArrayList<>(faqs);
    return b;
  }

  private static <E extends Enum<E>> Set<E> copy(Set<E> values) {
    return values == null ? Set.of() : Set.copyOf(values);
  }

  /** Builds content field by field (imports, demo data, tests); unset lists are empty. */
  public static final class Builder {
    private String name;
    private String keywords;
    private ItemType type;
    private Set<ServiceObject> serviceObjects = Set.of();
    private String conditions;
    private List<LegalBasis> legalBases = new ArrayList<>();
    private List<ItemMaterial> materials = new ArrayList<>();
    private List<ProcessStep> steps = new ArrayList<>();
    private CaseKind caseKind = CaseKind.PROMISED;
    private Integer statutoryLimitDays;
    private int promisedLimitDays;
    private boolean charged;
    private List<FeeItem> fees = new ArrayList<>();
    // Separation of acceptance and decision (受理与决定分离) is the rule unless an item says otherwise.
    private boolean separateAcceptanceAndDecision = true;
    private OnlineLevel onlineLevel = OnlineLevel.NONE;
    private OnlineDepth onlineDepth;
    private int onSiteVisits;
    private String onSiteReason;
    private Set<DeliveryMode> deliveryModes = Set.of();
    private String resultName;
    private String resultType;
    private String consultationPhone;
    private String complaintPhone;
    private List<FaqEntry> faqs = new ArrayList<>();

    private Builder() {}

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder keywords(String keywords) {
      this.keywords = keywords;
      return this;
    }

    public Builder type(ItemType type) {
      this.type = type;
      return this;
    }

    public Builder serviceObjects(ServiceObject... objects) {
      this.serviceObjects = Set.of(objects);
      return this;
    }

    public Builder conditions(String conditions) {
      this.conditions = conditions;
      return this;
    }

    public Builder legalBases(List<LegalBasis> legalBases) {
      this.legalBases = new ArrayList<>(legalBases);
      return this;
    }

    public Builder legalBasis(String law, String article, String text) {
      legalBases.add(new LegalBasis(law, article, text));
      return this;
    }

    public Builder materials(List<ItemMaterial> materials) {
      this.materials = new ArrayList<>(materials);
      return this;
    }

    public Builder material(ItemMaterial material) {
      materials.add(material);
      return this;
    }

    public Builder steps(List<ProcessStep> steps) {
      this.steps = new ArrayList<>(steps);
      return this;
    }

    public Builder step(String name, String role, Integer limitDays) {
      steps.add(new ProcessStep(name, role, limitDays, null, null));
      return this;
    }

    /** Statutory limit (null if the law sets none) and promised limit, in working days. */
    public Builder limits(CaseKind caseKind, Integer statutoryLimitDays, int promisedLimitDays) {
      this.caseKind = caseKind;
      this.statutoryLimitDays = statutoryLimitDays;
      this.promisedLimitDays = promisedLimitDays;
      return this;
    }

    public Builder free() {
      this.charged = false;
      this.fees = new ArrayList<>();
      return this;
    }

    public Builder charged(boolean charged) {
      this.charged = charged;
      return this;
    }

    /** Whether the person who accepted a case must not also decide it (受理与决定分离). */
    public Builder separateAcceptanceAndDecision(boolean separate) {
      this.separateAcceptanceAndDecision = separate;
      return this;
    }

    public Builder fees(List<FeeItem> fees) {
      this.fees = new ArrayList<>(fees);
      return this;
    }

    public Builder fee(FeeItem fee) {
      fees.add(fee);
      return this;
    }

    public Builder online(OnlineLevel level, OnlineDepth depth) {
      this.onlineLevel = level;
      this.onlineDepth = depth;
      return this;
    }

    public Builder visits(int onSiteVisits, String onSiteReason) {
      this.onSiteVisits = onSiteVisits;
      this.onSiteReason = onSiteReason;
      return this;
    }

    public Builder delivery(DeliveryMode... modes) {
      this.deliveryModes = Set.of(modes);
      return this;
    }

    public Builder result(String resultName, String resultType) {
      this.resultName = resultName;
      this.resultType = resultType;
      return this;
    }

    public Builder phones(String consultationPhone, String complaintPhone) {
      this.consultationPhone = consultationPhone;
      this.complaintPhone = complaintPhone;
      return this;
    }

    public Builder faqs(List<FaqEntry> faqs) {
      this.faqs = new ArrayList<>(faqs);
      return this;
    }

    public Builder faq(String question, String answer) {
      faqs.add(new FaqEntry(question, answer));
      return this;
    }

    public ItemContent build() {
      return new ItemContent(
          name,
          keywords,
          type,
          serviceObjects,
          conditions,
          legalBases,
          materials,
          steps,
          caseKind,
          statutoryLimitDays,
          promisedLimitDays,
          charged,
          fees,
          separateAcceptanceAndDecision,
          onlineLevel,
          onlineDepth,
          onSiteVisits,
          onSiteReason,
          deliveryModes,
          resultName,
          resultType,
          consultationPhone,
          complaintPhone,
          faqs);
    }
  }
}
