package gov.approval.catalogue.boundary;

import gov.approval.catalogue.control.CatalogueWorkbook;
import gov.approval.catalogue.control.CatalogueWorkbook.ItemColumn;
import gov.approval.catalogue.control.WorkbookReader;
import gov.approval.catalogue.control.WorkbookReader.ImportedItem;
import gov.approval.catalogue.control.WorkbookWriter;
import gov.approval.catalogue.control.WorkbookWriter.ExportedItem;
import gov.approval.catalogue.entity.ItemCodes;
import gov.approval.catalogue.entity.ItemContent;
import gov.approval.catalogue.entity.ItemList;
import gov.approval.catalogue.entity.ItemVersion;
import gov.approval.catalogue.entity.ServiceItem;
import gov.approval.catalogue.entity.VersionStatus;
import gov.approval.documents.boundary.FileService;
import gov.approval.documents.boundary.Upload;
import gov.approval.documents.entity.FilePurpose;
import gov.approval.identity.entity.Roles;
import gov.approval.organisation.control.ActingStaff;
import gov.approval.organisation.entity.Department;
import gov.approval.platform.boundary.Page;
import gov.approval.platform.boundary.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Excel import and export of the catalogue (layout: {@link CatalogueWorkbook}). Export writes the
 * items of a list filter, each with the content of its newest version (the one being worked on,
 * else the published one). Import checks the whole file first (cells, then departments, lists,
 * codes, rights and item states) and refuses it whole, with every problem by row and column, when
 * anything is wrong; otherwise it creates new items as drafts and gives existing ones a new draft
 * (or new content for the draft they have), all in one transaction.
 */
@Stateless
@RolesAllowed(Roles.CATALOGUE_EDIT)
public class CatalogueTransferService {

  /** Items read per statement while exporting. */
  private static final int CHUNK = PageRequest.MAX_SIZE;

  @PersistenceContext EntityManager em;

  @Inject ActingStaff acting;

  @Inject FileService files;

  @Inject CatalogueService catalogue;

  /**
   * Writes the items matching {@code filter} and {@code search} (as on the item list) to {@code
   * out} as an .xlsx workbook. A fixed number of statements per {@value #CHUNK} items; the
   * persistence context is cleared after each chunk, so memory does not grow with the catalogue.
   */
  public void export(@NotNull ItemFilter filter, String search, @NotNull OutputStream out) {
    try (WorkbookWriter writer = new WorkbookWriter()) {
      for (int first = 0; ; first += CHUNK) {
        Page<ItemRow> page =
            catalogue.page(new PageRequest(first, CHUNK, "code", true, search), filter);
        if (page.rows().isEmpty()) {
          break;
        }
        List<Long> ids = page.rows().stream().map(ItemRow::id).toList();
        exportChunk(ids, writer);
        if (first + CHUNK >= page.total()) {
          break;
        }
      }
      writer.writeTo(out);
    }
  }

  private void exportChunk(List<Long> ids, WorkbookWriter writer) {
    TypedQuery<ServiceItem> items =
        em.createQuery(
                "SELECT i FROM ServiceItem i JOIN FETCH i.department"
                    + " LEFT JOIN FETCH i.published LEFT JOIN FETCH i.working WHERE i.id IN :ids",
                ServiceItem.class)
            .setParameter("ids", ids)
            .setHint("eclipselink.batch.type", "IN")
            .setHint("eclipselink.batch", "i.lists");
    Map<Long, ServiceItem> byId =
        items.getResultList().stream()
            .collect(Collectors.toMap(ServiceItem::getId, Function.identity()));
    List<Long> versionIds =
        byId.values().stream()
            .map(i -> i.findWorking().or(i::findPublished).orElseThrow().getId())
            .toList();
    TypedQuery<ItemVersion> versions =
        em.createQuery("SELECT v FROM ItemVersion v WHERE v.id IN :ids", ItemVersion.class)
            .setParameter("ids", versionIds)
            .setHint("eclipselink.batch.type", "IN");
    for (String collection : List.of("legalBases", "materials", "steps", "fees", "faqs")) {
      versions.setHint("eclipselink.batch", "v." + collection);
    }
    Map<Long, ItemVersion> versionById =
        versions.getResultList().stream()
            .collect(Collectors.toMap(ItemVersion::getId, Function.identity()));
    for (Long id : ids) {
      ServiceItem item = byId.get(id);
      ItemVersion shown =
          versionById.get(item.findWorking().or(item::findPublished).orElseThrow().getId());
      writer.add(
          new ExportedItem(
              item.getImplementationCode(),
              item.getBasicCode(),
              item.getDepartment().getCode(),
              item.getRegionLevel(),
              item.getLists().stream().map(ItemList::getCode).toList(),
              shown.content()));
    }
    em.clear();
  }

  /**
   * Imports a workbook: refused whole with {@link ImportRefusedException} (every problem by row and
   * column) when any row is wrong, else every item is saved as a draft. A file that is not an .xlsx
   * by its content is refused before it is read.
   */
  public ImportResult importWorkbook(@NotNull @Valid Upload upload) {
    files.check(FilePurpose.SPREADSHEET, upload.content());
    Map<String, Optional<ServiceItem>> lookedUp = new HashMap<>();
    WorkbookReader.Result read =
        WorkbookReader.read(
            upload.content(),
            code ->
                lookedUp
                    .computeIfAbsent(code, this::findItem)
                    .flatMap(i -> i.findWorking().or(i::findPublished))
                    .map(ItemVersion::getLimitExceptionReason)
                    .isPresent());
    List<ImportProblem> problems = new ArrayList<>(read.problems());
    List<Planned> plan = plan(read.items(), problems);
    if (!problems.isEmpty()) {
      problems.sort(
          java.util.Comparator.comparing(ImportProblem::sheet, this::sheetOrder)
              .thenComparingInt(ImportProblem::row));
      throw new ImportRefusedException(problems);
    }
    List<ImportResult.ImportedItemRow> done = new ArrayList<>();
    for (Planned p : plan) {
      if (p.existing == null) {
        DraftSaved saved =
            catalogue.create(
                new NewItem(
                    p.item.basicCode(),
                    p.department.getId(),
                    p.item.level(),
                    p.listIds,
                    p.item.content()));
        done.add(
            new ImportResult.ImportedItemRow(
                saved.itemId(), p.item.implementationCode(), p.item.content().name(), true));
      } else {
        done.add(
            new ImportResult.ImportedItemRow(
                update(p), p.item.implementationCode(), p.item.content().name(), false));
      }
    }
    return new ImportResult(done);
  }

  private int sheetOrder(String a, String b) {
    List<String> order =
        List.of(CatalogueWorkbook.ITEMS, CatalogueWorkbook.MATERIALS, CatalogueWorkbook.STEPS);
    return Integer.compare(order.indexOf(a), order.indexOf(b));
  }

  /** An item row checked against the database, with what it becomes. */
  private record Planned(
      ImportedItem item, Department department, Set<Long> listIds, ServiceItem existing) {}

  private List<Planned> plan(List<ImportedItem> items, List<ImportProblem> problems) {
    if (items.isEmpty()) {
      return List.of();
    }
    Map<String, Department> departments =
        em
            .createQuery(
                "SELECT d FROM Department d JOIN FETCH d.region WHERE d.code IN :codes",
                Department.class)
            .setParameter(
                "codes", items.stream().map(ImportedItem::departmentCode).distinct().toList())
            .getResultList()
            .stream()
            .collect(Collectors.toMap(Department::getCode, Function.identity()));
    Map<String, Long> lists =
        em.createNamedQuery("ItemList.findAllOrdered", ItemList.class).getResultList().stream()
            .collect(Collectors.toMap(ItemList::getCode, ItemList::getId));
    Map<String, ServiceItem> existing = new HashMap<>();
    List<String> codes = items.stream().map(ImportedItem::implementationCode).toList();
    for (int i = 0; i < codes.size(); i += CHUNK) {
      em.createQuery(
              "SELECT i FROM ServiceItem i JOIN FETCH i.department LEFT JOIN FETCH i.working"
                  + " LEFT JOIN FETCH i.published WHERE i.implementationCode IN :codes",
              ServiceItem.class)
          .setParameter("codes", codes.subList(i, Math.min(codes.size(), i + CHUNK)))
          .getResultList()
          .forEach(item -> existing.put(item.getImplementationCode(), item));
    }
    boolean all = acting.managesAllDepartments();
    Department mine = all ? null : acting.get().getDepartment();
    List<Planned> plan = new ArrayList<>();
    for (ImportedItem item : items) {
      Problems row = new Problems(problems, item.row());
      Department department = departments.get(item.departmentCode());
      if (department == null) {
        row.add(ItemColumn.DEPARTMENT, "catalogue.import.unknownDepartment", item.departmentCode());
      } else if (!department.isActive()) {
        row.add(
            ItemColumn.DEPARTMENT, "catalogue.import.departmentInactive", item.departmentCode());
      } else if (!all && !mine.isSameAs(department)) {
        row.add(ItemColumn.DEPARTMENT, "catalogue.import.otherDepartment", department.getName());
      } else if (item.level().compareTo(department.getRegion().getLevel()) < 0) {
        row.add(ItemColumn.LEVEL, "catalogue.import.levelAboveDepartment", department.getName());
      } else {
        String expected = ItemCodes.implementationCode(item.basicCode(), department, item.level());
        if (!expected.equals(item.implementationCode())) {
          row.add(ItemColumn.CODE, "catalogue.import.codeMismatch", expected);
        }
      }
      Set<Long> listIds = new java.util.LinkedHashSet<>();
      for (String code : item.listCodes()) {
        Long id = lists.get(code);
        if (id == null) {
          row.add(ItemColumn.LISTS, "catalogue.import.unknownList", code);
        } else {
          listIds.add(id);
        }
      }
      ServiceItem current = existing.get(item.implementationCode());
      if (current != null) {
        if (current.getStatus() == VersionStatus.ENDED) {
          row.add(ItemColumn.CODE, "catalogue.import.ended", item.implementationCode());
        } else if (current
            .findWorking()
            .map(w -> w.getStatus() == VersionStatus.IN_REVIEW)
            .orElse(false)) {
          row.add(ItemColumn.CODE, "catalogue.import.inReview", item.implementationCode());
        }
      }
      if (row.clean()) {
        plan.add(new Planned(item, department, listIds, current));
      }
    }
    return plan;
  }

  /** Gives an existing item the imported content as a draft, keeping what the file leaves out. */
  private Long update(Planned p) {
    ServiceItem item = p.existing;
    Long id = item.getId();
    long version = item.getVersion();
    ItemContent current = item.findWorking().or(item::findPublished).orElseThrow().content();
    ItemContent content =
        p.item.content().toBuilder()
            .legalBases(current.legalBases())
            .fees(current.fees())
            .faqs(current.faqs())
            .build();
    if (item.findWorking().isEmpty()) {
      version = catalogue.startNewDraft(id, version);
    }
    version = catalogue.saveDraft(id, version, content).version();
    Set<Long> lists = item.getLists().stream().map(ItemList::getId).collect(Collectors.toSet());
    if (!lists.equals(p.listIds)) {
      catalogue.placeOnLists(id, version, p.listIds);
    }
    return id;
  }

  private Optional<ServiceItem> findItem(String code) {
    return em.createQuery(
            "SELECT i FROM ServiceItem i WHERE i.implementationCode = :code", ServiceItem.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  /** The problems of one item row, in the items sheet. */
  private static final class Problems {
    private final List<ImportProblem> all;
    private final int row;
    private final int before;

    Problems(List<ImportProblem> all, int row) {
      this.all = all;
      this.row = row;
      this.before = all.size();
    }

    void add(ItemColumn column, String key, Object... arguments) {
      all.add(ImportProblem.of(CatalogueWorkbook.ITEMS, row, column.header(), key, arguments));
    }

    boolean clean() {
      return Objects.equals(all.size(), before);
    }
  }
}
