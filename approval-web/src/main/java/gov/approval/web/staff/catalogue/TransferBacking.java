package gov.approval.web.staff.catalogue;

import gov.approval.catalogue.boundary.CatalogueService;
import gov.approval.catalogue.boundary.CatalogueTransferService;
import gov.approval.catalogue.boundary.ImportProblem;
import gov.approval.catalogue.boundary.ImportRefusedException;
import gov.approval.catalogue.boundary.ImportResult;
import gov.approval.catalogue.boundary.ItemFilter;
import gov.approval.catalogue.boundary.ItemListRow;
import gov.approval.catalogue.entity.ItemType;
import gov.approval.catalogue.entity.OnlineLevel;
import gov.approval.catalogue.entity.VersionStatus;
import gov.approval.documents.boundary.Upload;
import gov.approval.organisation.boundary.DepartmentRow;
import gov.approval.organisation.boundary.DepartmentService;
import gov.approval.platform.boundary.AccessDeniedException;
import gov.approval.web.i18n.Texts;
import gov.approval.web.security.ActiveUser;
import gov.approval.web.shell.Attempt;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * Excel export and import of the catalogue ({@code /staff/catalogue/transfer.xhtml},
 * CATALOGUE_EDIT): export the items of a filter or all of them as .xlsx; import such a workbook,
 * which is refused whole with a table of every bad row, column and message, or saves every item as
 * a draft.
 */
@Named
@ViewScoped
public class TransferBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** One line of an import's report, its message in the user's language. */
  public record ProblemRow(String sheet, int row, String column, String message)
      implements Serializable {}

  @Inject CatalogueTransferService transfer;

  @Inject CatalogueService catalogue;

  @Inject DepartmentService departmentService;

  @Inject ActiveUser activeUser;

  private List<DepartmentRow> departments;
  private List<ItemListRow> lists;
  private Long departmentId;
  private Long listId;
  private ItemType type;
  private VersionStatus status;
  private OnlineLevel onlineLevel;
  private String search;
  private List<ProblemRow> problems = List.of();
  private ImportResult result;

  /** The view action: CATALOGUE_EDIT only; the filters' choices. */
  public void load() {
    if (!activeUser.can("CATALOGUE_EDIT")) {
      throw new AccessDeniedException("error.403.text");
    }
    departments = departmentService.activeDepartments();
    lists = catalogue.lists();
  }

  /** The items of the filter as a workbook, written straight to the response. */
  public StreamedContent getExportFiltered() {
    ItemFilter filter = new ItemFilter(listId, departmentId, type, onlineLevel, status, null, null);
    return download(filter, search);
  }

  public StreamedContent getExportAll() {
    return download(ItemFilter.NONE, null);
  }

  private StreamedContent download(ItemFilter filter, String text) {
    return DefaultStreamedContent.builder()
        .name("catalogue-" + LocalDate.now() + ".xlsx")
        .contentType(XLSX)
        .writer(out -> transfer.export(filter, text, out))
        .build();
  }

  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    problems = List.of();
    result =
        Attempt.get(
            () -> {
              try {
                return transfer.importWorkbook(new Upload(file.getFileName(), file.getContent()));
              } catch (ImportRefusedException e) {
                problems = e.getProblems().stream().map(TransferBacking::row).toList();
                throw e;
              }
            });
    if (result != null) {
      Texts.info("staff_catalogue_transfer.imported", result.created(), result.updated());
    }
  }

  private static ProblemRow row(ImportProblem problem) {
    return new ProblemRow(
        problem.sheet(),
        problem.row(),
        problem.column(),
        Texts.text(problem.messageKey(), problem.arguments().toArray()));
  }

  public List<ItemType> getTypes() {
    return List.of(ItemType.values());
  }

  public List<VersionStatus> getStatuses() {
    return List.of(VersionStatus.values());
  }

  public List<OnlineLevel> getOnlineLevels() {
    return List.of(OnlineLevel.values());
  }

  public List<DepartmentRow> getDepartments() {
    return departments;
  }

  public List<ItemListRow> getLists() {
    return lists;
  }

  public List<ProblemRow> getProblems() {
    return problems;
  }

  public ImportResult getResult() {
    return result;
  }

  public Long getDepartmentId() {
    return departmentId;
  }

  public void setDepartmentId(Long departmentId) {
    this.departmentId = departmentId;
  }

  public Long getListId() {
    return listId;
  }

  public void setListId(Long listId) {
    this.listId = listId;
  }

  public ItemType getType() {
    return type;
  }

  public void setType(ItemType type) {
    this.type = type;
  }

  public VersionStatus getStatus() {
    return status;
  }

  public void setStatus(VersionStatus status) {
    this.status = status;
  }

  public OnlineLevel getOnlineLevel() {
    return onlineLevel;
  }

  public void setOnlineLevel(OnlineLevel onlineLevel) {
    this.onlineLevel = onlineLevel;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }
}
