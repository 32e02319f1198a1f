package gov.approval.catalogue.boundary;

import gov.approval.catalogue.control.ItemAttachments;
import gov.approval.catalogue.entity.ItemChangeKind;
import gov.approval.catalogue.entity.ItemContent;
import gov.approval.catalogue.entity.ItemList;
import gov.approval.catalogue.entity.ItemSearchTerm;
import gov.approval.catalogue.entity.ItemVersion;
import gov.approval.catalogue.entity.SearchTerms;
import gov.approval.catalogue.entity.ServiceItem;
import gov.approval.catalogue.entity.VersionStatus;
import gov.approval.identity.entity.Roles;
import gov.approval.organisation.control.ActingStaff;
import gov.approval.organisation.entity.Department;
import gov.approval.organisation.entity.StaffMember;
import gov.approval.platform.boundary.BusinessException;
import gov.approval.platform.boundary.Lookups;
import gov.approval.platform.boundary.NotFoundException;
import gov.approval.platform.boundary.Page;
import gov.approval.platform.boundary.PageRequest;
import gov.approval.platform.boundary.PagedQuery;
import gov.approval.platform.boundary.Versions;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The item catalogue for the back office: the paged and filtered item list, the editor's load and
 * save, the maker-checker transitions and the review queue. Editors (CATALOGUE_EDIT) and reviewers
 * (CATALOGUE_REVIEW) act only on their own department's items unless they manage all departments;
 * every change sends the item version its form was loaded with. The behaviour is on {@link
 * ServiceItem}; this class loads, checks, calls and answers with records.
 */
@Stateless
@RolesAllowed({Roles.CATALOGUE_EDIT, Roles.CATALOGUE_REVIEW})
public class CatalogueService {

  private static final String ROW =
      "SELECT NEW gov.approval.catalogue.boundary.ItemRow(i.id, i.version, i.implementationCode,"
          + " i.name, i.type, d.id, d.shortName, i.regionLevel, i.onlineLevel, i.status, p.number,"
          + " w.status, i.updatedAt)"
          + " FROM ServiceItem i JOIN i.department d LEFT JOIN i.published p LEFT JOIN i.working w";

  private static final String COUNT = "SELECT COUNT(i) FROM ServiceItem i";

  private static final Map<String, String> SORTS =
      Map.of(
          "code", "i.implementationCode",
          "name", "i.name",
          "type", "i.type",
          "department", "d.code",
          "onlineLevel", "i.onlineLevel",
          "status", "i.status",
          "updated", "i.updatedAt");

  private static final String REVIEW_ROW =
      "SELECT NEW gov.approval.catalogue.boundary.ReviewRow(i.id, i.version, i.implementationCode,"
          + " v.name, d.shortName, v.number, a.displayName, v.submittedAt)"
          + " FROM ItemVersion v JOIN v.item i JOIN i.department d JOIN v.author m JOIN m.account a";

  private static final String CHANGE_ROW =
      "SELECT NEW gov.approval.catalogue.boundary.ChangeRow(c.id, i.id, c.implementationCode,"
          + " c.itemName, c.versionNumber, c.kind, c.changedAt, c.actor, c.summary, r.name,"
          + " r.documentNumber)"
          + " FROM ItemChange c JOIN c.item i LEFT JOIN c.round r";

  private static final Set<ItemChangeKind> PUBLIC_KINDS = publicKinds();

  @PersistenceContext EntityManager em;

  @Inject ActingStaff acting;

  @Inject Clock clock;

  @Inject ItemAttachments attachments;

  // ------------------------------------------------------------------ reading

  /** The lists, active or not, in their published order. */
  public List<ItemListRow> lists() {
    return em.createNamedQuery("ItemList.findAllOrdered", ItemList.class).getResultList().stream()
        .map(CatalogueService::row)
        .toList();
  }

  /**
   * A page of items matching {@code filter} and the request's search (all bigrams of the text in
   * the item's name or keywords, or for a single character the name containing it). Two statements
   * whatever the page size: one projection, one count; every filter column is indexed. The hall
   * office (ORG_MANAGE) reads it too, to pick the items of a reform round.
   */
  @RolesAllowed({Roles.CATALOGUE_EDIT, Roles.CATALOGUE_REVIEW, Roles.ORG_MANAGE})
  public Page<ItemRow> page(@NotNull PageRequest request, @NotNull ItemFilter filter) {
    PagedQuery<ItemRow> query =
        PagedQuery.of(em, ItemRow.class, ROW, COUNT)
            .where("i.department.id = :department", "department", filter.departmentId())
            .where("i.type = :type", "type", filter.type())
            .where("i.onlineLevel = :online", "online", filter.onlineLevel())
            .where("i.status = :status", "status", filter.status())
            .where("i.regionLevel = :level", "level", filter.regionLevel())
            .where(
                "EXISTS (SELECT l.id FROM ServiceItem li JOIN li.lists l"
                    + " WHERE li.id = i.id AND l.id = :list)",
                "list",
                filter.listId())
            .where(
                "i.implementationCode LIKE :code ESCAPE '\\'",
                "code",
                prefixPattern(filter.codePrefix()));
    Set<String> terms = SearchTerms.ofQuery(request.search());
    if (terms.isEmpty()) {
      query.search("LOWER(i.name) LIKE :search ESCAPE '\\'", request);
    } else {
      query.where(ItemSearchTerm.matchesAll("i.id", terms.size()), "terms", List.copyOf(terms));
    }
    return query.page(request, request.orderBy(SORTS, "i.implementationCode") + ", i.id");
  }

  /**
   * One item with its published version and the one in the works, for the editor. A bounded number
   * of statements: the item with department and both versions, then each version's lists.
   */
  public ItemDetails details(@NotNull Long itemId) {
    ServiceItem item =
        em.createQuery(
                "SELECT i FROM ServiceItem i JOIN FETCH i.department"
                    + " LEFT JOIN FETCH i.published LEFT JOIN FETCH i.working WHERE i.id = :id",
                ServiceItem.class)
            .setParameter("id", itemId)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("ServiceItem", itemId));
    List<ItemListRow> lists =
        item.getLists().stream()
            .sorted(Comparator.comparingInt(ItemList::getSortOrder))
            .map(CatalogueService::row)
            .toList();
    return new ItemDetails(
        item.getId(),
        item.getVersion(),
        item.getBasicCode(),
        item.getImplementationCode(),
        item.getDepartment().getId(),
        item.getDepartment().getName(),
        item.getRegionLevel(),
        item.getStatus(),
        lists,
        item.findPublished().map(CatalogueService::view).orElse(null),
        item.findWorking().map(CatalogueService::view).orElse(null),
        item.checkWorkingVersion(),
        mayManage(item.getDepartment()));
  }

  /** One version, e.g. a superseded one a case was started under. */
  public VersionView version(@NotNull Long itemId, int number) {
    return em.createQuery(
            "SELECT v FROM ItemVersion v WHERE v.item.id = :item AND v.number = :number",
            ItemVersion.class)
        .setParameter("item", itemId)
        .setParameter("number", number)
        .getResultStream()
        .findFirst()
        .map(CatalogueService::view)
        .orElseThrow(() -> new NotFoundException("ItemVersion", itemId + "/" + number));
  }

  /** The item's whole history, newest first, with who did what. */
  public List<ChangeRow> history(@NotNull Long itemId) {
    return em.createQuery(CHANGE_ROW + " WHERE i.id = :item ORDER BY c.id DESC", ChangeRow.class)
        .setParameter("item", itemId)
        .getResultList();
  }

  /** Versions waiting for review: all departments' for those who manage all, else their own. */
  @RolesAllowed(Roles.CATALOGUE_REVIEW)
  public Page<ReviewRow> reviewQueue(@NotNull PageRequest request) {
    return PagedQuery.of(
            em,
            ReviewRow.class,
            REVIEW_ROW,
            "SELECT COUNT(v) FROM ItemVersion v JOIN v.item i JOIN i.department d")
        .where("v.status = :status", "status", VersionStatus.IN_REVIEW)
        .where("d.id = :department", "department", acting.confinedToDepartment().orElse(null))
        .page(request, "v.submittedAt, v.id");
  }

  /**
   * The public changelog: what changed for citizens (publications, suspensions, reform outcomes),
   * optionally since a day and for one reform round, newest first, without who did it.
   */
  @PermitAll
  public Page<ChangeRow> changelog(@NotNull PageRequest request, LocalDate since, Long roundId) {
    // The application's clock runs in the city's zone, so a day is a day in the city.
    Instant from = since == null ? null : since.atStartOfDay(clock.getZone()).toInstant();
    Page<ChangeRow> page =
        PagedQuery.of(
                em,
                ChangeRow.class,
                CHANGE_ROW,
                "SELECT COUNT(c) FROM ItemChange c JOIN c.item i LEFT JOIN c.round r")
            // A list or window change of an item never published would name a draft: only
            // changes made to a published version are public.
            .where(
                "c.kind IN :kinds AND c.versionNumber IS NOT NULL",
                "kinds",
                List.copyOf(PUBLIC_KINDS))
            .where("c.changedAt >= :from", "from", from)
            .where("r.id = :round", "round", roundId)
            .page(request, "c.changedAt DESC, c.id DESC");
    // Citizens see what changed and under which round, not which official did it.
    return new Page<>(page.rows().stream().map(ChangeRow::withoutActor).toList(), page.total());
  }

  // ------------------------------------------------------------------ maker

  /** Creates an item with its first draft; the implementation code must not exist yet. */
  @RolesAllowed(Roles.CATALOGUE_EDIT)
  public DraftSaved create(@NotNull @Valid NewItem form) {
    Department department = Lookups.get(em, Department.class, form.departmentId());
    acting.checkMayActOn(department);
    ServiceItem item =
        ServiceItem.create(
            form.basicCode(),
            department,
            form.regionLevel(),
            lists(form.listIds()),
            form.content(),
            acting.get(),
            now());
    checkCodeFree(item.getImplementationCode());
    em.persist(item);
    em.flush();
    return new DraftSaved(item.getId(), item.getVersion(), item.checkWorkingVersion());
  }

  /**
   * Saves the draft's content; it is saved even if it breaks rules, which come back as warnings.
   */
  @RolesAllowed(Roles.CATALOGUE_EDIT)
  public DraftSaved saveDraft(
      @NotNull Long itemId, long version, @NotNull @Valid ItemContent content) {
    ServiceItem item = loadForChange(itemId, version);
    List<RuleViolation> warnings = item.editDraft(content, acting.get(), now());
    em.flush();
    return new DraftSaved(item.getId(), item.getVersion(), warnings);
  }

  /** Hands the draft to review; refused with every rule it breaks. */
  @RolesAllowed(Roles.CATALOGUE_EDIT)
  public long submitForReview(@NotNull Long itemId, long version) {
    ServiceItem item = loadForChange(itemId, version);
    item.submitForReview(acting.get(), now());
    return flushed(item);
  }

  /** Starts the next version as a copy of the published one, its attached files included. */
  @RolesAllowed(Roles.CATALOGUE_EDIT)
  public long startNewDraft(@NotNull Long itemId, long version) {
    ServiceItem item = loadForChange(itemId, version);
    ItemVersion draft = item.startNewDraft(acting.get(), now());
    em.persist(draft);
    attachments.copy(item.findPublished().orElseThrow(), draft, now());
    return flushed(item);
  }

  @RolesAllowed(Roles.CATALOGUE_EDIT)
  public long placeOnLists(@NotNull Long itemId, long version, @NotEmpty Set<Long> listIds) {
    ServiceItem item = loadForChange(itemId, version);
    item.placeOnLists(lists(listIds), acting.get(), now());
    return flushed(item);
  }

  // ------------------------------------------------------------------ checker

  /** Publishes the version in review; the caller must not have made it. */
  @RolesAllowed(Roles.CATALOGUE_REVIEW)
  public long approve(@NotNull Long itemId, long version) {
    ServiceItem item = loadForChange(itemId, version);
    item.approve(acting.get(), now());
    return flushed(item);
  }

  @RolesAllowed(Roles.CATALOGUE_REVIEW)
  public long reject(
      @NotNull Long itemId,
      long version,
      @NotBlank(message = "{catalogue.version.rejectionReason.required}")
          @Size(max = ItemVersion.REASON_LENGTH)
          String reason) {
    ServiceItem item = loadForChange(itemId, version);
    item.reject(acting.get(), reason, now());
    return flushed(item);
  }

  @RolesAllowed(Roles.CATALOGUE_REVIEW)
  public long suspend(
      @NotNull Long itemId,
      long version,
      @NotBlank(message = "{catalogue.item.suspendReason.required}")
          @Size(max = ItemVersion.REASON_LENGTH)
          String reason) {
    ServiceItem item = loadForChange(itemId, version);
    item.suspend(acting.get(), reason, now());
    return flushed(item);
  }

  @RolesAllowed(Roles.CATALOGUE_REVIEW)
  public long resume(@NotNull Long itemId, long version) {
    ServiceItem item = loadForChange(itemId, version);
    item.resume(acting.get(), now());
    return flushed(item);
  }

  /**
   * Records why the draft may promise more than half the statutory limit: an administrator's
   * decision (the hall management office, who manages all departments), not the department's.
   */
  @RolesAllowed(Roles.ORG_MANAGE)
  public long recordLimitException(
      @NotNull Long itemId,
      long version,
      @NotBlank(message = "{catalogue.version.exceptionReason.required}")
          @Size(max = ItemVersion.REASON_LENGTH)
          String reason) {
    ServiceItem item = loadForChange(itemId, version);
    item.recordLimitException(reason, acting.get(), now());
    return flushed(item);
  }

  // ------------------------------------------------------------------ helpers

  /** Loads the item, checks the caller may act on its department and still holds its version. */
  private ServiceItem loadForChange(Long itemId, long version) {
    ServiceItem item = Lookups.get(em, ServiceItem.class, itemId);
    acting.checkMayActOn(item.getDepartment());
    Versions.check(item.getVersion(), version);
    return item;
  }

  private long flushed(ServiceItem item) {
    em.flush();
    return item.getVersion();
  }

  private boolean mayManage(Department department) {
    return acting.managesAllDepartments()
        || acting.find().map(me -> me.getDepartment().isSameAs(department)).orElse(false);
  }

  private List<ItemList> lists(Set<Long> ids) {
    List<ItemList> lists =
        em.createQuery("SELECT l FROM ItemList l WHERE l.id IN :ids", ItemList.class)
            .setParameter("ids", List.copyOf(ids))
            .getResultList();
    if (lists.size() != ids.size()) {
      throw new NotFoundException("ItemList", ids);
    }
    return lists;
  }

  private void checkCodeFree(String implementationCode) {
    long taken =
        em.createQuery(
                "SELECT COUNT(i) FROM ServiceItem i WHERE i.implementationCode = :code", Long.class)
            .setParameter("code", implementationCode)
            .getSingleResult();
    if (taken > 0) {
      throw new BusinessException("catalogue.item.codeTaken", implementationCode);
    }
  }

  private Instant now() {
    return clock.instant();
  }

  private static String prefixPattern(String prefix) {
    if (prefix == null) {
      return null;
    }
    return prefix
            .toUpperCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_")
        + "%";
  }

  private static ItemListRow row(ItemList list) {
    return new ItemListRow(
        list.getId(), list.getCode(), list.getName(), list.getEnglishName(), list.isActive());
  }

  private static VersionView view(ItemVersion v) {
    StaffMember author = v.getAuthor();
    StaffMember reviewer = v.getReviewer();
    return new VersionView(
        v.getId(),
        v.getNumber(),
        v.getStatus(),
        v.content(),
        v.getLimitExceptionReason(),
        author.getName(),
        reviewer == null ? null : reviewer.getName(),
        v.getRejectionReason(),
        v.getCreatedAt(),
        v.getSubmittedAt(),
        v.getReviewedAt(),
        v.getPublishedAt(),
        v.getRetiredAt());
  }

  private static Set<ItemChangeKind> publicKinds() {
    Set<ItemChangeKind> kinds = EnumSet.noneOf(ItemChangeKind.class);
    for (ItemChangeKind kind : ItemChangeKind.values()) {
      if (kind.isVisibleToPublic()) {
        kinds.add(kind);
      }
    }
    return kinds;
  }
}
