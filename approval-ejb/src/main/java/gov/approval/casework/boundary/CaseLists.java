package gov.approval.casework.boundary;

import gov.approval.casework.entity.CaseTime;
import gov.approval.platform.boundary.Page;

/** Fills the working days left into a page of rows, with one calendar for the whole page. */
final class CaseLists {

  private CaseLists() {}

  static Page<CaseRow> withDaysLeft(Page<CaseRow> page, CaseTime time) {
    return new Page<>(
        page.rows().stream()
            .map(
                r ->
                    r.withDaysLeft(
                        r.dueOn() == null
                            ? null
                            : time.calendar().workingDaysBetween(time.today(), r.dueOn())))
            .toList(),
        page.total());
  }
}
