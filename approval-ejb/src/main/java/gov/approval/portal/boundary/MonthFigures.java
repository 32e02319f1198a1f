package gov.approval.portal.boundary;

import java.time.YearMonth;

/**
 * The public summary of a month: cases completed in it and how many of those by their due date.
 * {@code onTimePercent} is null when nothing was completed (no rate rather than a false 100 %).
 */
public record MonthFigures(YearMonth month, long completed, long onTime) {

  public Long onTimePercent() {
    return completed == 0 ? null : Math.round(onTime * 100.0 / completed);
  }

  public int year() {
    return month.getYear();
  }

  public int monthValue() {
    return month.getMonthValue();
  }
}
