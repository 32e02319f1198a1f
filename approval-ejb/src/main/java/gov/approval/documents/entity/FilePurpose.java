package gov.approval.documents.entity;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a file is uploaded for, and so which types it may be. The policy is per purpose, not per
 * feature, so that the same kind of file is held to the same rule wherever it is uploaded.
 */
public enum FilePurpose {
  /** 空白表格: a form applicants fill in, as published with an item's material. */
  BLANK_FORM(
      EnumSet.of(
          FileType.PDF, FileType.DOC, FileType.DOCX, FileType.XLS, FileType.XLSX, FileType.OFD)),
  /** 示例样本: a filled-in example of a material, or a sample of an item's result. */
  SAMPLE(EnumSet.of(FileType.PDF, FileType.JPEG, FileType.PNG, FileType.OFD)),
  /** A catalogue workbook to import. */
  SPREADSHEET(EnumSet.of(FileType.XLSX)),
  /** 申请材料: what an applicant hands in with a case (scans and electronic documents). */
  APPLICATION_MATERIAL(EnumSet.of(FileType.PDF, FileType.JPEG, FileType.PNG, FileType.OFD)),
  /** A notice the platform issued on a case (rendered, never uploaded). */
  NOTICE(EnumSet.of(FileType.PDF));

  private final Set<FileType> allowed;

  FilePurpose(Set<FileType> allowed) {
    this.allowed = Set.copyOf(allowed);
  }

  public Set<FileType> allowed() {
    return allowed;
  }

  public boolean allows(FileType type) {
    return type != null && allowed.contains(type);
  }

  /** The allowed types as users read them, in a fixed order: "PDF、DOC、DOCX…". */
  public String allowedLabels() {
    return EnumSet.copyOf(allowed).stream().map(FileType::label).collect(Collectors.joining("、"));
  }
}
