package gov.approval.catalogue.boundary;

import gov.approval.catalogue.entity.FaqEntry;
import gov.approval.catalogue.entity.FeeItem;
import gov.approval.catalogue.entity.ItemChangeKind;
import gov.approval.catalogue.entity.ItemContent;
import gov.approval.catalogue.entity.ItemList;
import gov.approval.catalogue.entity.ItemMaterial;
import gov.approval.catalogue.entity.ItemVersion;
import gov.approval.catalogue.entity.LegalBasis;
import gov.approval.catalogue.entity.ProcessStep;
import gov.approval.catalogue.entity.ServiceItem;
import gov.approval.catalogue.entity.VersionStatus;
import gov.approval.platform.boundary.NotFoundException;
import gov.approval.platform.boundary.Page;
import gov.approval.platform.boundary.PageRequest;
import gov.approval.platform.boundary.PagedQuery;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

/**
 * The catalogue as citizens see it, without login: the browse list with its filters and Chinese
 * search, the item guide, and the public changelog. Only what has been published is ever read here:
 * an item shows once a version of it was approved, always through that version (never a draft in
 * the works), suspended items show as suspended, ended items leave the list but their guide says
 * how and by which reform round they ended.
 */
@Stateless
@PermitAll
public class PublicCatalogue {

  /** The item states that are listed; ENDED items are reachable only through their guide. */
  static final List<VersionStatus> LISTED =
      List.of(VersionStatus.PUBLISHED, VersionStatus.SUSPENDED);

  private static final List<VersionStatus> WITH_GUIDE =
      List.of(VersionStatus.PUBLISHED, VersionStatus.SUSPENDED, VersionStatus.ENDED);

  private static final String CHANGE =
      "SELECT NEW gov.approval.catalogue.boundary.PublicChange(c.implementationCode, c.itemName,"
          + " c.versionNumber, c.kind, c.changedAt, c.summary, r.id, r.name, r.documentNumber)"
          + " FROM ItemChange c LEFT JOIN c.round r";

  private static final List<ItemChangeKind> PUBLIC_KINDS =
      EnumSet.allOf(ItemChangeKind.class).stream()
          .filter(ItemChangeKind::isVisibleToPublic)
          .toList();

  private static final List<ItemChangeKind> ENDINGS =
      List.of(ItemChangeKind.CANCELLED, ItemChangeKind.MERGED);

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject PublicItemIndex index;

  /**
   * A page of listed items matching {@code filter} and the request's search text (substrings of
   * names and keywords, Chinese included, through the bigram index), sorted by one of code, name,
   * type, department, level, online and updated (then the id). Read from the in-memory index of the
   * published catalogue ({@link PublicItemIndex}): no statement unless the catalogue changed since
   * the last page.
   */
  public Page<PublicItemRow> page(@NotNull PageRequest request, @NotNull PublicItemFilter filter) {
    return index.page(request, filter);
  }

  /** The departments that have listed items, with their counts, for the browse filter. */
  public List<PublicDepartment> departments() {
    return em.createQuery(
            "SELECT NEW gov.approval.catalogue.boundary.PublicDepartment(d.code, d.name, COUNT(i))"
                + " FROM ServiceItem i JOIN i.department d WHERE i.status IN :listed"
                + " GROUP BY d.code, d.name ORDER BY d.code",
            PublicDepartment.class)
        .setParameter("listed", LISTED)
        .getResultList();
  }

  /** The active lists, in their published order. */
  public List<ItemListRow> lists() {
    return em.createNamedQuery("ItemList.findAllOrdered", ItemList.class).getResultList().stream()
        .filter(ItemList::isActive)
        .map(PublicCatalogue::row)
        .toList();
  }

  /**
   * The guide of the item with {@code implementationCode}: its published version whole. An item
   * that was never published does not exist for the public. A bounded number of statements: the
   * item with department and version, its lists, one per content collection, and for a suspended or
   * ended item the change that says why.
   */
  public PublicGuide guide(@NotBlank String implementationCode) {
    ServiceItem item =
        em.createQuery(
                "SELECT i FROM ServiceItem i JOIN FETCH i.department JOIN FETCH i.published"
                    + " WHERE i.implementationCode = :code AND i.status IN :states",
                ServiceItem.class)
            .setParameter("code", implementationCode.strip().toUpperCase(Locale.ROOT))
            .setParameter("states", WITH_GUIDE)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("ServiceItem", implementationCode));
    ItemVersion version = item.findPublished().orElseThrow();
    ItemContent content = version.content();
    String suspensionReason =
        item.getStatus() == VersionStatus.SUSPENDED
            ? lastChange(item, List.of(ItemChangeKind.SUSPENDED), (c, r) -> c.summary())
            : null;
    PublicGuide.Ending ending =
        item.getStatus() == VersionStatus.ENDED
            ? lastChange(
                item,
                ENDINGS,
                (c, r) ->
                    new PublicGuide.Ending(
                        c.kind(),
                        c.changedAt(),
                        c.roundName(),
                        c.roundDocumentNumber(),
                        item.findMergedInto().map(ServiceItem::getImplementationCode).orElse(null),
                        r))
            : null;
    return new PublicGuide(
        item.getImplementationCode(),
        item.getBasicCode(),
        content.name(),
        content.type(),
        item.getDepartment().getCode(),
        item.getDepartment().getName(),
        item.getRegionLevel(),
        item.getStatus(),
        suspensionReason,
        ending,
        version.getNumber(),
        version.getPublishedAt(),
        item.getLists().stream()
            .sorted(Comparator.comparingInt(ItemList::getSortOrder))
            .map(PublicCatalogue::row)
            .toList(),
        content.serviceObjects(),
        content.conditions(),
        content.legalBases().stream().map(PublicCatalogue::basis).toList(),
        numbered(content.materials(), PublicCatalogue::material),
        numbered(content.steps(), PublicCatalogue::step),
        content.caseKind(),
        content.statutoryLimitDays(),
        content.promisedLimitDays(),
        content.charged(),
        content.fees().stream().map(PublicCatalogue::fee).toList(),
        content.onlineLevel(),
        content.onlineDepth(),
        content.onSiteVisits(),
        content.onSiteReason(),
        content.deliveryModes(),
        content.resultName(),
        content.resultType(),
        content.consultationPhone(),
        content.complaintPhone(),
        content.faqs().stream().map(PublicCatalogue::faq).toList());
  }

  /**
   * The public changelog, newest first: publications, suspensions, list changes and reform outcomes
   * of items that had a published version, optionally since a day (in the city's zone) and for one
   * reform round. Working steps, drafts and the officials' names never appear.
   */
  public Page<PublicChange> changes(@NotNull PageRequest request, LocalDate since, Long roundId) {
    Instant from = since == null ? null : since.atStartOfDay(clock.getZone()).toInstant();
    return PagedQuery.of(
            em, PublicChange.class, CHANGE, "SELECT COUNT(c) FROM ItemChange c LEFT JOIN c.round r")
        // A list change of an item never published would name a draft: only changes of
        // published versions count.
        .where("c.kind IN :kinds AND c.versionNumber IS NOT NULL", "kinds", PUBLIC_KINDS)
        .where("c.changedAt >= :from", "from", from)
        .where("r.id = :round", "round", roundId)
        .page(request, "c.changedAt DESC, c.id DESC");
  }

  // ------------------------------------------------------------------ helpers

  /** The newest change of {@code kinds} to the item, as {@code read} makes of it and its note. */
  private <T> T lastChange(
      ServiceItem item, List<ItemChangeKind> kinds, BiFunction<PublicChange, String, T> read) {
    return em.createQuery(
            CHANGE + " WHERE c.item = :item AND c.kind IN :kinds ORDER BY c.id DESC",
            PublicChange.class)
        .setParameter("item", item)
        .setParameter("kinds", kinds)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(change -> read.apply(change, change.summary()))
        .orElse(null);
  }

  private static <E, R> List<R> numbered(List<E> elements, BiFunction<Integer, E, R> map) {
    return IntStream.range(0, elements.size())
        .mapToObj(i -> map.apply(i + 1, elements.get(i)))
        .toList();
  }

  private static ItemListRow row(ItemList list) {
    return new ItemListRow(
        list.getId(), list.getCode(), list.getName(), list.getEnglishName(), list.isActive());
  }

  private static PublicGuide.Basis basis(LegalBasis b) {
    return new PublicGuide.Basis(b.getLaw(), b.getArticle(), b.getText());
  }

  private static PublicGuide.Material material(int number, ItemMaterial m) {
    return new PublicGuide.Material(
        number,
        m.getName(),
        m.getForm(),
        m.getCopies(),
        m.getNecessity(),
        m.getSource(),
        m.getNotes());
  }

  private static PublicGuide.Step step(int number, ProcessStep s) {
    return new PublicGuide.Step(
        number, s.getName(), s.getRole(), s.getLimitDays(), s.getCriteria(), s.getResult());
  }

  private static PublicGuide.Fee fee(FeeItem f) {
    return new PublicGuide.Fee(f.getName(), f.getStandard(), f.getBasis(), f.isWaivable());
  }

  private static PublicGuide.Faq faq(FaqEntry f) {
    return new PublicGuide.Faq(f.getQuestion(), f.getAnswer());
  }
}
