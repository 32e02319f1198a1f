package gov.approval.catalogue.entity;

import gov.approval.documents.entity.FilePurpose;

/**
 * What a file attached to an item version is: a material's blank form (空白表格) or filled-in sample
 * (示例样本), or a sample of the item's result (结果样本), each held to its own file policy.
 */
public enum AttachmentKind {
  BLANK_FORM(FilePurpose.BLANK_FORM, true),
  SAMPLE(FilePurpose.SAMPLE, true),
  RESULT_SAMPLE(FilePurpose.SAMPLE, false);

  private final FilePurpose purpose;
  private final boolean perMaterial;

  AttachmentKind(FilePurpose purpose, boolean perMaterial) {
    this.purpose = purpose;
    this.perMaterial = perMaterial;
  }

  /** The file policy uploads of this kind are checked against. */
  public FilePurpose purpose() {
    return purpose;
  }

  /** Whether the file belongs to one material (blank form, sample) or to the version. */
  public boolean isPerMaterial() {
    return perMaterial;
  }
}
