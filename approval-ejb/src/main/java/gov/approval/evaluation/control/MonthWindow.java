package gov.approval.evaluation.control;

import gov.approval.platform.control.Clocks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/** A month as the city counts it: its days, and the instants bounding it in the city's zone. */
public record MonthWindow(
    YearMonth month, LocalDate first, LocalDate last, Instant from, Instant to) {

  public static MonthWindow of(YearMonth month) {
    return new MonthWindow(
        month,
        month.atDay(1),
        month.atEndOfMonth(),
        month.atDay(1).atStartOfDay(Clocks.CITY_ZONE).toInstant(),
        month.plusMonths(1).atDay(1).atStartOfDay(Clocks.CITY_ZONE).toInstant());
  }
}
