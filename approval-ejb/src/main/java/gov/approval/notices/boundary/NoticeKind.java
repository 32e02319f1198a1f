package gov.approval.notices.boundary;

/** The official documents a case produces, each with the title printed on it. */
public enum NoticeKind {
  RECEIPT("受理回执"),
  ACCEPTANCE("受理通知书"),
  CORRECTION("一次性告知书（补正材料通知书）"),
  DEFICIENCY_ACCEPTANCE("容缺受理通知书"),
  REFUSAL("不予受理通知书"),
  GRANT("准予行政许可决定书"),
  DENIAL("不予行政许可决定书"),
  EXTENSION("延期通知书"),
  SUSPENSION("特别程序告知书"),
  WITHDRAWAL("撤回申请确认书"),
  DELIVERY("送达回证");

  private final String title;

  NoticeKind(String title) {
    this.title = title;
  }

  /** The Chinese title, as printed at the top of the notice. */
  public String title() {
    return title;
  }

  /**
   * The short title used in file names: the correction notice is {@code 补正材料通知书}, the others their
   * title.
   */
  public String shortTitle() {
    return this == CORRECTION ? "补正材料通知书" : title;
  }
}
