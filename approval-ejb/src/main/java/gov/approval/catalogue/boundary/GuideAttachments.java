package gov.approval.catalogue.boundary;

import java.util.List;

/**
 * What the public guide shows beside the published content: the published version's files (blank
 * forms and samples by material position, the result sample) and where the item is handled.
 */
public record GuideAttachments(
    Integer versionNumber, List<AttachmentRow> attachments, List<WindowAssignmentRow> windows) {

  public GuideAttachments {
    attachments = List.copyOf(attachments);
    windows = List.copyOf(windows);
  }
}
