package gov.approval.catalogue.boundary;

import gov.approval.catalogue.entity.VersionStatus;
import java.util.List;

/**
 * An item's files and windows for the back office: the version shown (the draft when there is one,
 * else the published one), its materials' names by position, its attachments, the assigned windows,
 * whether the caller may change the files (only on a draft of their department) and the windows,
 * and the item's version for the windows' change.
 */
public record AttachmentsView(
    Long itemId,
    long itemVersion,
    String implementationCode,
    String name,
    int versionNumber,
    VersionStatus versionStatus,
    boolean filesEditable,
    boolean windowsEditable,
    List<String> materialNames,
    List<AttachmentRow> attachments,
    List<WindowAssignmentRow> windows) {

  public AttachmentsView {
    materialNames = List.copyOf(materialNames);
    attachments = List.copyOf(attachments);
    windows = List.copyOf(windows);
  }
}
