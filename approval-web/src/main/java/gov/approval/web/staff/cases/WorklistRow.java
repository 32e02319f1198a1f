package gov.approval.web.staff.cases;

import gov.approval.casework.boundary.CaseRow;
import gov.approval.casework.entity.CaseStatus;
import gov.approval.web.i18n.Texts;
import gov.approval.web.staff.catalogue.CatalogueFormat;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A worklist row as the table shows it: the case's row with its texts already in the user's
 * language. The table renders each cell of 20 rows; an expression that looks up a named bean (the
 * message bundle, the formatters) in a cell cost a bean resolution per row and column, so the texts
 * are made once per row here instead. The property names the table sorts by are the boundary's.
 */
public record WorklistRow(
    Long id,
    String href,
    String number,
    String itemName,
    String applicantName,
    String departmentName,
    CaseStatus status,
    String statusLabel,
    String channelLabel,
    String submittedAt,
    LocalDate dueOn,
    Integer workingDaysLeft,
    String daysLeftClass,
    String assigneeName,
    boolean flagged)
    implements Serializable {

  private static final CatalogueFormat TIMES = new CatalogueFormat();

  private static final CaseFormat DAYS = new CaseFormat();

  /** {@code row} with its texts in {@code locale}, linked under {@code contextPath}. */
  static WorklistRow of(CaseRow row, Locale locale, String contextPath) {
    return new WorklistRow(
        row.id(),
        contextPath + "/staff/cases/case.xhtml?id=" + row.id(),
        row.number(),
        row.itemName(),
        row.applicantName(),
        row.departmentName(),
        row.status(),
        Texts.text(locale, "CaseStatus." + row.status()),
        Texts.text(locale, "CaseChannel." + row.channel()),
        TIMES.time(row.submittedAt()),
        row.dueOn(),
        row.workingDaysLeft(),
        DAYS.daysLeftClass(row.workingDaysLeft()),
        row.assigneeName(),
        row.flagged());
  }
}
