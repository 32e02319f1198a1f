package gov.approval.notices.boundary;

/**
 * One row of a notice's table: a material and what is wrong with it (correction notice, acceptance
 * with deficiencies), or a label and its value (e.g. 承诺办结时限 / 10个工作日). {@code value} may be empty,
 * never null.
 */
public record NoticeLine(String label, String value) {

  public NoticeLine {
    label = Notice.required(label, "line label");
    value = value == null ? "" : value.strip();
  }
}
