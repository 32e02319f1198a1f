package gov.approval.catalogue.entity;

import gov.approval.organisation.entity.StaffMember;
import gov.approval.platform.boundary.BusinessException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One version of an item's full content, as citizens read it in the guide and as cases started
 * under it are governed by it. Only a draft changes; once published a version is frozen for good,
 * so a case can always refer to "version 3, material 2". Its status moves only through {@link
 * ServiceItem}, the aggregate that knows which version is current.
 *
 * <p>Legal bases, materials, steps, fees and FAQ are element collections of embeddables, not child
 * entities: they have no identity or life of their own, are read and replaced together with their
 * version and copied whole into the next draft, and nothing else points at them (a case names a
 * material by version and position). Each is a separate table read lazily, so an editor or guide
 * that opens one version costs one statement per collection, while list screens never touch them:
 * they read projections of {@link ServiceItem}'s headline columns.
 */
@Entity
@Table(
    name = "item_version",
    uniqueConstraints = @UniqueConstraint(columnNames = {"item_id", "version_number"}))
public class ItemVersion {

  public static final int NAME_LENGTH = 128;
  public static final int KEYWORDS_LENGTH = 128;
  public static final int CONDITIONS_LENGTH = 4000;
  public static final int REASON_LENGTH = 500;
  public static final int RESULT_NAME_LENGTH = 128;
  public static final int RESULT_TYPE_LENGTH = 32;
  public static final int PHONE_LENGTH = 32;
  public static final int MAX_LIMIT_DAYS = 365;
  public static final int MAX_VISITS = 9;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  // Updatable although it never changes: an item and its first version are written in one flush
  // and point at each other, and EclipseLink may insert the version first and set this column by
  // an update (see V2__catalogue.sql).
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "item_id")
  private ServiceItem item;

  @Column(name = "version_number", nullable = false, updatable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private VersionStatus status;

  // ------------------------------------------------------------------ content

  @NotBlank(message = "{catalogue.version.name.required}")
  @Size(max = NAME_LENGTH)
  @Column(nullable = false, length = NAME_LENGTH)
  private String name;

  @Size(max = KEYWORDS_LENGTH)
  @Column(length = KEYWORDS_LENGTH)
  private String keywords;

  @NotNull(message = "{catalogue.version.type.required}")
  @Convert(converter = ItemTypeConverter.class)
  @Column(name = "item_type", nullable = false, length = 2)
  private ItemType type;

  @Convert(converter = ServiceObjectsConverter.class)
  @Column(name = "service_objects", nullable = false, length = 32)
  private Set<ServiceObject> serviceObjects = Set.of();

  @Size(max = CONDITIONS_LENGTH)
  @Column(length = CONDITIONS_LENGTH)
  private String conditions;

  @Valid
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(
      name = "item_legal_basis",
      joinColumns = @JoinColumn(name = "item_version_id", nullable = false))
  @OrderColumn(name = "sort_index")
  private List<LegalBasis> legalBases = new ArrayList<>();

  @Valid
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(
      name = "item_material",
      joinColumns = @JoinColumn(name = "item_version_id", nullable = false))
  @OrderColumn(name = "sort_index")
  private List<ItemMaterial> materials = new ArrayList<>();

  @Valid
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(
      name = "item_step",
      joinColumns = @JoinColumn(name = "item_version_id", nullable = false))
  @OrderColumn(name = "sort_index")
  private List<ProcessStep> steps = new ArrayList<>();

  @NotNull(message = "{catalogue.version.caseKind.required}")
  @Enumerated(EnumType.STRING)
  @Column(name = "case_kind", nullable = false, length = 16)
  private CaseKind caseKind;

  @Min(0)
  @Max(MAX_LIMIT_DAYS)
  @Column(name = "statutory_limit_days")
  private Integer statutoryLimitDays;

  @Min(0)
  @Max(MAX_LIMIT_DAYS)
  @Column(name = "promised_limit_days", nullable = false)
  private int promisedLimitDays;

  /** Why this item may promise more than half the statutory limit; recorded by an administrator. */
  @Size(max = REASON_LENGTH)
  @Column(name = "limit_exception_reason", length = REASON_LENGTH)
  private String limitExceptionReason;

  @Column(nullable = false)
  private boolean charged;

  /** 受理与决定分离: whoever accepted a case of this version must not decide it (a risk rule). */
  @Column(name = "separate_acceptance_decision", nullable = false)
  private boolean separateAcceptanceAndDecision = true;

  @Valid
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(
      name = "item_fee",
      joinColumns = @JoinColumn(name = "item_version_id", nullable = false))
  @OrderColumn(name = "sort_index")
  private List<FeeItem> fees = new ArrayList<>();

  @NotNull(message = "{catalogue.version.onlineLevel.required}")
  @Enumerated(EnumType.STRING)
  @Column(name = "online_level", nullable = false, length = 16)
  private OnlineLevel onlineLevel;

  @Enumerated(EnumType.STRING)
  @Column(name = "online_depth", length = 4)
  private OnlineDepth onlineDepth;

  @Min(0)
  @Max(MAX_VISITS)
  @Column(name = "on_site_visits", nullable = false)
  private int onSiteVisits;

  @Size(max = REASON_LENGTH)
  @Column(name = "on_site_reason", length = REASON_LENGTH)
  private String onSiteReason;

  @Convert(converter = DeliveryModesConverter.class)
  @Column(name = "delivery_modes", nullable = false, length = 32)
  private Set<DeliveryMode> deliveryModes = Set.of();

  @Size(max = RESULT_NAME_LENGTH)
  @Column(name = "result_name", length = RESULT_NAME_LENGTH)
  private String resultName;

  @Size(max = RESULT_TYPE_LENGTH)
  @Column(name = "result_type", length = RESULT_TYPE_LENGTH)
  private String resultType;

  @Size(max = PHONE_LENGTH)
  @Column(name = "consultation_phone", length = PHONE_LENGTH)
  private String consultationPhone;

  @Size(max = PHONE_LENGTH)
  @Column(name = "complaint_phone", length = PHONE_LENGTH)
  private String complaintPhone;

  @Valid
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(
      name = "item_faq",
      joinColumns = @JoinColumn(name = "item_version_id", nullable = false))
  @OrderColumn(name = "sort_index")
  private List<FaqEntry> faqs = new ArrayList<>();

  // ------------------------------------------------------------------ review

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "author_id", nullable = false, updatable = false)
  private StaffMember author;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "reviewer_id")
  private StaffMember reviewer;

  @Size(max = REASON_LENGTH)
  @Column(name = "rejection_reason", length = REASON_LENGTH)
  private String rejectionReason;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  /** When it stopped governing new cases: superseded by the next version, or ended. */
  @Column(name = "retired_at")
  private Instant retiredAt;

  protected ItemVersion() {}

  /** A new draft of {@code item} numbered {@code number}, holding {@code content}. */
  ItemVersion(ServiceItem item, int number, ItemContent content, StaffMember author, Instant now) {
    this.item = Objects.requireNonNull(item);
    this.number = number;
    this.author = Objects.requireNonNull(author);
    this.createdAt = Objects.requireNonNull(now);
    this.status = VersionStatus.DRAFT;
    write(content);
  }

  /** The next draft after {@code published}: its content, exception included, to be changed. */
  static ItemVersion copyOf(ItemVersion published, int number, StaffMember author, Instant now) {
    ItemVersion draft = new ItemVersion(published.item, number, published.content(), author, now);
    draft.limitExceptionReason = published.limitExceptionReason;
    return draft;
  }

  // ------------------------------------------------------------------ transitions (by the item)

  void replaceContent(ItemContent content) {
    requireStatus(VersionStatus.DRAFT, "catalogue.version.notDraft");
    write(content);
  }

  void recordLimitException(String reason) {
    requireStatus(VersionStatus.DRAFT, "catalogue.version.notDraft");
    this.limitExceptionReason = reason;
  }

  void submit(Instant now) {
    requireStatus(VersionStatus.DRAFT, "catalogue.version.notDraft");
    status = VersionStatus.IN_REVIEW;
    submittedAt = now;
    rejectionReason = null;
  }

  void reject(StaffMember reviewer, String reason, Instant now) {
    requireStatus(VersionStatus.IN_REVIEW, "catalogue.version.notInReview");
    this.status = VersionStatus.DRAFT;
    this.reviewer = reviewer;
    this.reviewedAt = now;
    this.rejectionReason = reason;
  }

  /** Publishes the version; it starts suspended when the item is suspended at that moment. */
  void publish(StaffMember reviewer, Instant now, boolean suspended) {
    requireStatus(VersionStatus.IN_REVIEW, "catalogue.version.notInReview");
    this.status = suspended ? VersionStatus.SUSPENDED : VersionStatus.PUBLISHED;
    this.reviewer = reviewer;
    this.reviewedAt = now;
    this.publishedAt = now;
  }

  void supersede(Instant now) {
    status = VersionStatus.SUPERSEDED;
    retiredAt = now;
  }

  void suspend() {
    status = VersionStatus.SUSPENDED;
  }

  void resume() {
    status = VersionStatus.PUBLISHED;
  }

  void end(Instant now) {
    status = VersionStatus.ENDED;
    retiredAt = now;
  }

  private void requireStatus(VersionStatus required, String messageKey) {
    if (status != required) {
      throw new BusinessException(messageKey, number);
    }
  }

  private void write(ItemContent content) {
    Objects.requireNonNull(content);
    name = content.name();
    keywords = content.keywords();
    type = content.type();
    serviceObjects = content.serviceObjects();
    conditions = content.conditions();
    replace(legalBases, content.legalBases());
    replace(materials, content.materials());
    replace(steps, content.steps());
    caseKind = content.caseKind();
    statutoryLimitDays = content.statutoryLimitDays();
    promisedLimitDays = content.promisedLimitDays();
    charged = content.charged();
    replace(fees, content.fees());
    separateAcceptanceAndDecision = content.separateAcceptanceAndDecision();
    onlineLevel = content.onlineLevel();
    onlineDepth = content.onlineDepth();
    onSiteVisits = content.onSiteVisits();
    onSiteReason = content.onSiteReason();
    deliveryModes = content.deliveryModes();
    resultName = content.resultName();
    resultType = content.resultType();
    consultationPhone = content.consultationPhone();
    complaintPhone = content.complaintPhone();
    replace(faqs, content.faqs());
  }

  /**
   * Replaces a collection's elements in place, so the provider tracks the change on its own list.
   * The embeddables are immutable, so sharing them with the content value is safe.
   */
  private static <T> void replace(List<T> target, List<T> values) {
    if (!target.equals(values)) {
      target.clear();
      target.addAll(values);
    }
  }

  // ------------------------------------------------------------------ reading

  /** The content as one value: what the editor shows, what a new draft copies, what rules check. */
  public ItemContent content() {
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

  public boolean isGoverning() {
    return status == VersionStatus.PUBLISHED || status == VersionStatus.SUSPENDED;
  }

  /** Whether the version charges fees (收费事项); a free one lists none. */
  public boolean isCharged() {
    return charged;
  }

  public boolean isSeparateAcceptanceAndDecision() {
    return separateAcceptanceAndDecision;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public ServiceItem getItem() {
    return item;
  }

  public int getNumber() {
    return number;
  }

  public VersionStatus getStatus() {
    return status;
  }

  public String getName() {
    return name;
  }

  public String getKeywords() {
    return keywords;
  }

  public ItemType getType() {
    return type;
  }

  public Set<ServiceObject> getServiceObjects() {
    return serviceObjects;
  }

  public OnlineLevel getOnlineLevel() {
    return onlineLevel;
  }

  public String getLimitExceptionReason() {
    return limitExceptionReason;
  }

  public StaffMember getAuthor() {
    return author;
  }

  public StaffMember getReviewer() {
    return reviewer;
  }

  public String getRejectionReason() {
    return rejectionReason;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Instant getReviewedAt() {
    return reviewedAt;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public Instant getRetiredAt() {
    return retiredAt;
  }
}
