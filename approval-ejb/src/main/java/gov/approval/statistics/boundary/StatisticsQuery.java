package gov.approval.statistics.boundary;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A period (both days included) and optional filters; the grouping says which dimensions the
 * returned rows keep (the others are summed over).
 */
public record StatisticsQuery(
    @NotNull LocalDate from,
    @NotNull LocalDate to,
    Long departmentId,
    Long itemId,
    String regionLevel,
    String channel,
    @NotNull Grouping grouping) {

  /** Which dimensions a result row keeps. */
  public enum Grouping {
    /** One row for the whole period and filter. */
    TOTAL,
    DEPARTMENT,
    ITEM,
    REGION_LEVEL,
    CHANNEL,
    DAY
  }

  public static StatisticsQuery total(LocalDate from, LocalDate to) {
    return new StatisticsQuery(from, to, null, null, null, null, Grouping.TOTAL);
  }
}
