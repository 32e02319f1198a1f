package gov.approval.web.staff.catalogue;

import gov.approval.catalogue.boundary.AttachmentRow;
import gov.approval.catalogue.boundary.AttachmentsView;
import gov.approval.catalogue.boundary.ItemAttachmentService;
import gov.approval.catalogue.boundary.WindowAssignmentRow;
import gov.approval.catalogue.entity.AttachmentKind;
import gov.approval.documents.boundary.FileService;
import gov.approval.documents.boundary.Upload;
import gov.approval.platform.boundary.NotFoundException;
import gov.approval.web.i18n.Texts;
import gov.approval.web.security.ActiveUser;
import gov.approval.web.shell.Attempt;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DualListModel;
import org.primefaces.model.file.UploadedFile;

/**
 * The files and windows of one item ({@code /staff/catalogue/attachments.xhtml?id=N}): a blank form
 * and a sample per material and a result sample, uploaded on the draft and checked by content by
 * the boundary; and the windows, by hall, where the item is handled.
 */
@Named
@ViewScoped
public class AttachmentsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One material's row: its position (from 0), name and the two files it may have. */
  public record MaterialFiles(
      int position, String name, AttachmentRow blankForm, AttachmentRow sample)
      implements Serializable {}

  @Inject ItemAttachmentService attachments;

  @Inject FileService files;

  @Inject ActiveUser activeUser;

  private Long id;
  private AttachmentsView view;
  private List<MaterialFiles> materials;
  private AttachmentRow resultSample;
  private Map<Long, WindowAssignmentRow> windowChoices;
  private DualListModel<Long> windows;
  private String maxBytesText;

  /** The view action: the item named by the {@code id} parameter. */
  public void load() {
    if (id == null) {
      throw new NotFoundException("ServiceItem", "");
    }
    read();
    maxBytesText = megabytes(files.maxBytes());
    windowChoices = new LinkedHashMap<>();
    for (WindowAssignmentRow row : attachments.windowChoices()) {
      windowChoices.put(row.windowId(), row);
    }
    resetWindows();
  }

  private void read() {
    view = attachments.view(id);
    materials = new ArrayList<>();
    for (int i = 0; i < view.materialNames().size(); i++) {
      materials.add(
          new MaterialFiles(
              i,
              view.materialNames().get(i),
              find(AttachmentKind.BLANK_FORM, i),
              find(AttachmentKind.SAMPLE, i)));
    }
    resultSample = find(AttachmentKind.RESULT_SAMPLE, null);
  }

  private void resetWindows() {
    List<Long> chosen = new ArrayList<>();
    for (WindowAssignmentRow row : view.windows()) {
      chosen.add(row.windowId());
      windowChoices.putIfAbsent(row.windowId(), row);
    }
    List<Long> available = new ArrayList<>(windowChoices.keySet());
    available.removeAll(chosen);
    windows = new DualListModel<>(available, chosen);
  }

  private AttachmentRow find(AttachmentKind kind, Integer position) {
    return view.attachments().stream()
        .filter(a -> a.kind() == kind && Objects.equals(a.materialPosition(), position))
        .findFirst()
        .orElse(null);
  }

  /** An upload of one of the widgets; which slot is in its attributes {@code kind} and position. */
  public void upload(FileUploadEvent event) {
    Map<String, Object> attributes = event.getComponent().getAttributes();
    AttachmentKind kind = AttachmentKind.valueOf((String) attributes.get("kind"));
    Object position = attributes.get("position");
    Integer materialPosition =
        position == null || position.toString().isBlank()
            ? null
            : Integer.valueOf(position.toString());
    UploadedFile file = event.getFile();
    if (Attempt.run(
        () ->
            attachments.attach(
                id, kind, materialPosition, new Upload(file.getFileName(), file.getContent())))) {
      Texts.info("staff_catalogue_attachments.uploaded", file.getFileName());
    }
    read();
  }

  public void remove(AttachmentRow attachment) {
    if (Attempt.run(() -> attachments.remove(id, attachment.id()))) {
      Texts.info("staff_catalogue_attachments.removed", attachment.originalName());
    }
    read();
  }

  public void saveWindows() {
    if (Attempt.run(
        () ->
            attachments.assignWindows(
                id, view.itemVersion(), new LinkedHashSet<>(windows.getTarget())))) {
      Texts.info("app.saved");
    }
    read();
    resetWindows();
  }

  static String megabytes(long bytes) {
    double mb = bytes / (1024.0 * 1024.0);
    return (mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format("%.1f", mb)) + " MB";
  }

  public String windowLabel(Long windowId) {
    WindowAssignmentRow row = windowChoices.get(windowId);
    return row == null
        ? String.valueOf(windowId)
        : row.hallName() + " · " + row.windowNumber() + " " + row.windowName();
  }

  public boolean isFilesEditable() {
    return view.filesEditable() && activeUser.can("CATALOGUE_EDIT");
  }

  public boolean isWindowsEditable() {
    return view.windowsEditable() && activeUser.can("CATALOGUE_EDIT");
  }

  /** The size limit of uploads, as the page states it (e.g. "10 MB"). */
  public String getMaxBytesText() {
    return maxBytesText;
  }

  public String link(AttachmentRow attachment) {
    return "/files/" + attachment.storageName();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public AttachmentsView getView() {
    return view;
  }

  public List<MaterialFiles> getMaterials() {
    return materials;
  }

  public AttachmentRow getResultSample() {
    return resultSample;
  }

  public DualListModel<Long> getWindows() {
    return windows;
  }

  public void setWindows(DualListModel<Long> windows) {
    this.windows = windows;
  }
}
