package gov.approval.web.shell;

import gov.approval.calendar.entity.DueDate;
import gov.approval.calendar.entity.Explanation;
import gov.approval.web.i18n.Texts;
import java.util.List;

/**
 * How a due date's explanation reads on every page (calendar trial, case page): one sentence per
 * line in the user's language.
 */
public final class Explanations {

  private Explanations() {}

  /** One explanation line in the user's language. */
  public static String sentence(Explanation line) {
    return Texts.text(line.messageKey(), line.arguments());
  }

  /** The lines of a due date's explanation; none when there is no due date. */
  public static List<String> of(DueDate due) {
    return due == null
        ? List.of()
        : due.explanation().stream().map(Explanations::sentence).toList();
  }
}
