package gov.approval.catalogue.entity;

import gov.approval.catalogue.boundary.CatalogueRulesViolatedException;
import gov.approval.catalogue.boundary.RuleViolation;
import gov.approval.identity.entity.Permission;
import gov.approval.organisation.entity.Department;
import gov.approval.organisation.entity.RegionLevel;
import gov.approval.organisation.entity.StaffMember;
import gov.approval.platform.boundary.BusinessException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An item (事项): the stable identity behind its versions, the aggregate of the catalogue. It holds
 * the codes, the owning department, the level where it is exercised and the lists it stands on, and
 * points at two versions at most: the published one that governs new cases, and the one being
 * worked on (a draft, or a draft in review). Every transition of the life cycle happens here,
 * appends a row to the history and keeps the headline columns (name, type, online level, status) in
 * step, so list screens filter and page on this one table without opening any version.
 *
 * <pre>
 * create ─► DRAFT ─submitForReview─► IN_REVIEW ─approve (another person)─► PUBLISHED ◄─resume─┐
 *             ▲                          │                                   │  └─suspend─► SUSPENDED
 *             └──────── reject ──────────┘            startNewDraft: a copy of the published version,
 *                                                     reviewed the same way; approving it supersedes
 * a reform round: CANCEL / MERGE end the item; DELEGATE / TRANSFER move it; KEEP records the decision
 * </pre>
 */
@Entity
@EntityListeners(PublicDataListener.class)
@Table(name = "service_item")
public class ServiceItem {

  /** The history rows whose actors made a version's content: none of them may review it. */
  private static final Set<ItemChangeKind> MAKING =
      EnumSet.of(
          ItemChangeKind.CREATED,
          ItemChangeKind.NEW_DRAFT,
          ItemChangeKind.EDITED,
          ItemChangeKind.SUBMITTED);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @NotBlank
  @Pattern(regexp = ItemCodes.BASIC_CODE_PATTERN, message = "{catalogue.item.basicCode.pattern}")
  @Column(name = "basic_code", nullable = false, length = ItemCodes.BASIC_CODE_LENGTH)
  private String basicCode;

  @NotBlank
  @Column(
      name = "implementation_code",
      nullable = false,
      unique = true,
      length = ItemCodes.IMPLEMENTATION_CODE_LENGTH)
  private String implementationCode;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "department_id", nullable = false)
  private Department department;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "region_level", nullable = false, length = 16)
  private RegionLevel regionLevel;

  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(
      name = "service_item_list",
      joinColumns = @JoinColumn(name = "item_id"),
      inverseJoinColumns = @JoinColumn(name = "list_id"))
  private Set<ItemList> lists = new HashSet<>();

  /** The version that governs new cases (also while suspended); after an end, the last one. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "published_version_id")
  private ItemVersion published;

  /** The version being worked on: a draft or a draft in review; none most of the time. */
  @ManyToOne(fetch = FetchType.LAZY, cascade = CascadeType.PERSIST)
  @JoinColumn(name = "working_version_id")
  private ItemVersion working;

  @Column(name = "last_version_number", nullable = false)
  private int lastVersionNumber;

  /**
   * The item's state as lists show it: its published version's status once it has one (PUBLISHED,
   * SUSPENDED, ENDED), before that its first draft's (DRAFT, IN_REVIEW).
   */
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private VersionStatus status;

  // Headline: copies of the shown version's fields, for filtering and paging on this table alone.

  @Column(nullable = false, length = ItemVersion.NAME_LENGTH)
  private String name;

  @Convert(converter = ItemTypeConverter.class)
  @Column(name = "item_type", nullable = false, length = 2)
  private ItemType type;

  @Enumerated(EnumType.STRING)
  @Column(name = "online_level", nullable = false, length = 16)
  private OnlineLevel onlineLevel;

  /** Whom the shown version serves (the public theme), as two indexed flags. */
  @Column(name = "for_individuals", nullable = false)
  private boolean forIndividuals;

  @Column(name = "for_enterprises", nullable = false)
  private boolean forEnterprises;

  /** The bigrams of the headline name and keywords, for indexed Chinese substring search. */
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(
      name = "service_item_term",
      joinColumns = @JoinColumn(name = "item_id", nullable = false))
  @Column(name = "term", nullable = false, length = SearchTerms.COLUMN_LENGTH)
  private Set<String> searchTerms = new HashSet<>();

  /** The item this one was merged into by a reform round. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "merged_into_id")
  private ServiceItem mergedInto;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  /**
   * Append-only; read by the maker-checker rule (a few rows per version) and by tests. TODO [Perf]:
   * EclipseLink may read the whole list before an append; fine at a few dozen rows per item, to be
   * watched if items collect hundreds.
   */
  @OneToMany(mappedBy = "item", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<ItemChange> history = new ArrayList<>();

  protected ServiceItem() {}

  /**
   * A new item of {@code department}, exercised at {@code level}, on {@code lists}, with its first
   * version as a draft by {@code author}.
   */
  public static ServiceItem create(
      String basicCode,
      Department department,
      RegionLevel level,
      Collection<ItemList> lists,
      ItemContent content,
      StaffMember author,
      Instant now) {
    if (basicCode == null || !basicCode.matches(ItemCodes.BASIC_CODE_PATTERN)) {
      throw new BusinessException("catalogue.item.basicCodeInvalid", String.valueOf(basicCode));
    }
    ServiceItem item = new ServiceItem();
    item.basicCode = basicCode;
    item.department = requireUsable(department, level);
    item.regionLevel = level;
    item.implementationCode = ItemCodes.implementationCode(basicCode, department, level);
    item.lists.addAll(requireLists(lists));
    item.createdAt = now;
    item.status = VersionStatus.DRAFT;
    item.working = new ItemVersion(item, ++item.lastVersionNumber, content, author, now);
    item.refreshHeadline();
    item.record(ItemChangeKind.CREATED, item.working, null, author, now, null);
    return item;
  }

  // ------------------------------------------------------------------ maker

  /**
   * Replaces the draft's content. The draft is saved even when it breaks catalogue rules; the
   * violations are returned for the editor to show, and block only submission and publication.
   */
  public List<RuleViolation> editDraft(ItemContent content, StaffMember editor, Instant now) {
    requireNotEnded();
    ItemVersion draft = requireWorking();
    draft.replaceContent(content);
    refreshHeadline();
    record(ItemChangeKind.EDITED, draft, null, editor, now, null);
    return CatalogueRules.check(draft);
  }

  /** The rules the version being worked on breaks now; empty when there is none or it is clean. */
  public List<RuleViolation> checkWorkingVersion() {
    return working == null ? List.of() : CatalogueRules.check(working);
  }

  /** Hands the draft to review; refused with every rule it breaks. */
  public void submitForReview(StaffMember author, Instant now) {
    requireNotEnded();
    ItemVersion draft = requireWorking();
    if (draft.getStatus() == VersionStatus.DRAFT) {
      requireRulesKept(draft);
    }
    draft.submit(now);
    if (published == null) {
      status = VersionStatus.IN_REVIEW;
    }
    record(ItemChangeKind.SUBMITTED, draft, null, author, now, null);
  }

  /**
   * Starts the next version as a copy of the published one. The published version goes on governing
   * new cases until the copy is approved, and the cases started under it for good.
   */
  public ItemVersion startNewDraft(StaffMember author, Instant now) {
    requireNotEnded();
    if (published == null) {
      throw new BusinessException("catalogue.item.neverPublished", implementationCode);
    }
    if (working != null) {
      throw new BusinessException("catalogue.item.draftExists", working.getNumber());
    }
    working = ItemVersion.copyOf(published, ++lastVersionNumber, author, now);
    record(ItemChangeKind.NEW_DRAFT, working, null, author, now, null);
    return working;
  }

  /**
   * Records why the draft may promise more than half the statutory limit (the seed's reform allows
   * exceptions an administrator justifies). The boundary decides who counts as administrator.
   */
  public void recordLimitException(String reason, StaffMember administrator, Instant now) {
    requireNotEnded();
    if (reason == null || reason.isBlank()) {
      throw new BusinessException("catalogue.version.exceptionReasonRequired");
    }
    ItemVersion draft = requireWorking();
    draft.recordLimitException(reason.strip());
    record(ItemChangeKind.LIMIT_EXCEPTION, draft, null, administrator, now, reason);
  }

  /**
   * Puts the item on exactly {@code newLists} (at least one).
   *
   * <p>TODO [Domain]: whether the online service list should follow the online level by itself (an
   * item that is FULL or PARTIAL online is on it) or stay an editor's choice; the seed does not
   * say.
   */
  public void placeOnLists(Collection<ItemList> newLists, StaffMember actor, Instant now) {
    requireNotEnded();
    Set<ItemList> next = new HashSet<>(requireLists(newLists));
    if (next.equals(lists)) {
      return;
    }
    lists.clear();
    lists.addAll(next);
    String codes = next.stream().map(ItemList::getCode).sorted().collect(Collectors.joining(","));
    record(ItemChangeKind.LISTS_CHANGED, published, null, actor, now, codes);
  }

  // ------------------------------------------------------------------ checker

  /**
   * Publishes the version in review. The reviewer holds the review permission and made no part of
   * the version (maker-checker); the rules are checked again. The version published before is
   * superseded but kept: cases started under it still follow it.
   */
  public void approve(StaffMember reviewer, Instant now) {
    requireNotEnded();
    ItemVersion candidate = requireInReview();
    requireChecker(reviewer, candidate);
    requireRulesKept(candidate);
    boolean suspended = status == VersionStatus.SUSPENDED;
    if (published != null) {
      published.supersede(now);
    }
    candidate.publish(reviewer, now, suspended);
    published = candidate;
    working = null;
    status = suspended ? VersionStatus.SUSPENDED : VersionStatus.PUBLISHED;
    refreshHeadline();
    record(ItemChangeKind.PUBLISHED, candidate, null, reviewer, now, null);
  }

  /** Sends the version in review back to draft, with the reason its authors will read. */
  public void reject(StaffMember reviewer, String reason, Instant now) {
    requireNotEnded();
    ItemVersion candidate = requireInReview();
    requireChecker(reviewer, candidate);
    if (reason == null || reason.isBlank()) {
      throw new BusinessException("catalogue.version.rejectionReasonRequired");
    }
    candidate.reject(reviewer, reason.strip(), now);
    if (published == null) {
      status = VersionStatus.DRAFT;
    }
    record(ItemChangeKind.REJECTED, candidate, null, reviewer, now, reason);
  }

  // ------------------------------------------------------------------ suspension

  /** Stops new cases for a while (the law changes, the system is down...); the reason is public. */
  public void suspend(StaffMember actor, String reason, Instant now) {
    if (status != VersionStatus.PUBLISHED) {
      throw new BusinessException("catalogue.item.notPublished", implementationCode);
    }
    if (reason == null || reason.isBlank()) {
      throw new BusinessException("catalogue.item.suspendReasonRequired");
    }
    published.suspend();
    status = VersionStatus.SUSPENDED;
    record(ItemChangeKind.SUSPENDED, published, null, actor, now, reason);
  }

  public void resume(StaffMember actor, Instant now) {
    if (status != VersionStatus.SUSPENDED) {
      throw new BusinessException("catalogue.item.notSuspended", implementationCode);
    }
    published.resume();
    status = VersionStatus.PUBLISHED;
    record(ItemChangeKind.RESUMED, published, null, actor, now, null);
  }

  // ------------------------------------------------------------------ beside the content

  /**
   * Records that the windows handling the item changed ({@code summary} lists them). They are kept
   * per item beside the versions, so the change needs no draft and takes effect at once.
   */
  public void recordWindowsChanged(String summary, StaffMember actor, Instant now) {
    requireNotEnded();
    record(ItemChangeKind.WINDOWS_CHANGED, published, null, actor, now, summary);
  }

  // ------------------------------------------------------------------ reform

  /** Carries out a reform round's decision on this item; called by {@link ReformDecision}. */
  void applyReform(ReformDecision decision, StaffMember actor, Instant now) {
    decision.checkApplicable(this);
    ReformRound round = decision.getRound();
    String note = decision.getNote();
    switch (decision.getOutcome()) {
      case CANCEL -> {
        end(now);
        record(ItemChangeKind.CANCELLED, published, round, actor, now, note);
      }
      case DELEGATE -> {
        String from = regionLevel.name() + " " + implementationCode;
        regionLevel = decision.getTargetLevel();
        implementationCode = ItemCodes.implementationCode(basicCode, department, regionLevel);
        String to = regionLevel.name() + " " + implementationCode;
        record(ItemChangeKind.DELEGATED, published, round, actor, now, move(from, to, note));
      }
      case TRANSFER -> {
        Department target = requireUsable(decision.getTargetDepartment(), regionLevel);
        String from = department.getCode() + " " + implementationCode;
        department = target;
        implementationCode = ItemCodes.implementationCode(basicCode, department, regionLevel);
        String to = department.getCode() + " " + implementationCode;
        record(ItemChangeKind.TRANSFERRED, published, round, actor, now, move(from, to, note));
      }
      case MERGE -> {
        ServiceItem target = decision.getMergeInto();
        end(now);
        mergedInto = target;
        record(
            ItemChangeKind.MERGED,
            published,
            round,
            actor,
            now,
            move(implementationCode, target.implementationCode, note));
        target.record(
            ItemChangeKind.ABSORBED,
            target.published,
            round,
            actor,
            now,
            move(implementationCode, target.implementationCode, note));
      }
      case KEEP -> record(ItemChangeKind.KEPT, published, round, actor, now, note);
    }
  }

  /** No new case, no new version: the published version (if any) and any draft end. */
  private void end(Instant now) {
    if (published != null) {
      published.end(now);
    }
    if (working != null) {
      working.end(now);
      working = null;
    }
    status = VersionStatus.ENDED;
  }

  private static String move(String from, String to, String note) {
    return from + " → " + to + (note == null || note.isBlank() ? "" : "; " + note.strip());
  }

  // ------------------------------------------------------------------ checks

  private ItemVersion requireWorking() {
    if (working == null) {
      throw new BusinessException("catalogue.item.noDraft", implementationCode);
    }
    return working;
  }

  private ItemVersion requireInReview() {
    if (working == null || working.getStatus() != VersionStatus.IN_REVIEW) {
      throw new BusinessException("catalogue.item.nothingInReview", implementationCode);
    }
    return working;
  }

  void requireNotEnded() {
    if (status == VersionStatus.ENDED) {
      throw new BusinessException("catalogue.item.ended", implementationCode);
    }
  }

  private void requireChecker(StaffMember reviewer, ItemVersion candidate) {
    if (!reviewer.permissions().contains(Permission.CATALOGUE_REVIEW)) {
      throw new BusinessException("catalogue.version.reviewerLacksPermission", reviewer.getName());
    }
    if (makersOf(candidate).contains(username(reviewer))) {
      throw new BusinessException("catalogue.version.reviewerIsMaker", candidate.getNumber());
    }
  }

  private static void requireRulesKept(ItemVersion version) {
    List<RuleViolation> violations = CatalogueRules.check(version);
    if (!violations.isEmpty()) {
      throw new CatalogueRulesViolatedException(violations);
    }
  }

  private static Department requireUsable(Department department, RegionLevel level) {
    Objects.requireNonNull(department);
    if (!department.isActive()) {
      throw new BusinessException("catalogue.item.departmentInactive", department.getName());
    }
    if (level.compareTo(department.getRegion().getLevel()) < 0) {
      throw new BusinessException("catalogue.item.levelAboveDepartment", department.getName());
    }
    return department;
  }

  private static Collection<ItemList> requireLists(Collection<ItemList> lists) {
    if (lists == null || lists.isEmpty()) {
      throw new BusinessException("catalogue.item.listRequired");
    }
    return lists;
  }

  /** Everyone who created, copied, edited or submitted {@code version}. */
  public Set<String> makersOf(ItemVersion version) {
    return history.stream()
        .filter(change -> change.getItemVersion() == version && MAKING.contains(change.getKind()))
        .map(ItemChange::getActor)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  // ------------------------------------------------------------------ history and headline

  private void record(
      ItemChangeKind kind,
      ItemVersion itemVersion,
      ReformRound round,
      StaffMember actor,
      Instant now,
      String summary) {
    history.add(new ItemChange(this, itemVersion, kind, round, username(actor), now, summary));
    updatedAt = now;
  }

  private void refreshHeadline() {
    ItemVersion shown = published != null ? published : working;
    name = shown.getName();
    type = shown.getType();
    onlineLevel = shown.getOnlineLevel();
    forIndividuals = shown.getServiceObjects().contains(ServiceObject.INDIVIDUAL);
    forEnterprises = shown.getServiceObjects().contains(ServiceObject.ENTERPRISE);
    Set<String> terms = SearchTerms.of(shown.getName(), shown.getKeywords());
    if (!terms.equals(searchTerms)) {
      searchTerms.clear();
      searchTerms.addAll(terms);
    }
  }

  private static String username(StaffMember staff) {
    return staff.getAccount().getUsername();
  }

  // ------------------------------------------------------------------ reading

  public Optional<ItemVersion> findPublished() {
    return Optional.ofNullable(published);
  }

  public Optional<ItemVersion> findWorking() {
    return Optional.ofNullable(working);
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getBasicCode() {
    return basicCode;
  }

  public String getImplementationCode() {
    return implementationCode;
  }

  public Department getDepartment() {
    return department;
  }

  public RegionLevel getRegionLevel() {
    return regionLevel;
  }

  public Set<ItemList> getLists() {
    return Collections.unmodifiableSet(lists);
  }

  public int getLastVersionNumber() {
    return lastVersionNumber;
  }

  public VersionStatus getStatus() {
    return status;
  }

  public String getName() {
    return name;
  }

  public ItemType getType() {
    return type;
  }

  public OnlineLevel getOnlineLevel() {
    return onlineLevel;
  }

  /** Whether the shown version serves {@code theme}. */
  public boolean serves(ServiceObject theme) {
    return theme == ServiceObject.INDIVIDUAL ? forIndividuals : forEnterprises;
  }

  public Set<String> getSearchTerms() {
    return Collections.unmodifiableSet(searchTerms);
  }

  public Optional<ServiceItem> findMergedInto() {
    return Optional.ofNullable(mergedInto);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public List<ItemChange> getHistory() {
    return Collections.unmodifiableList(history);
  }
}
