package gov.approval.statistics.boundary;

import java.math.BigDecimal;

/**
 * Aggregated statistics for one group of a {@link StatisticsQuery}: {@code key} is the group's
 * value (department or item id, region level, channel or ISO day; empty for TOTAL) and {@code
 * label} its name where there is one. The average handling time is over the period's completed
 * cases; {@code maxDailyP90} is the highest daily 90th percentile in the period (percentiles of
 * days cannot be summed; for a one-day period it is that day's 90th percentile).
 */
public record StatisticsRow(
    String key,
    String label,
    long received,
    long accepted,
    long refused,
    long corrected,
    long deficiencyAccepted,
    long completed,
    long completedOnTime,
    long overdue,
    BigDecimal averageHandlingDays,
    Integer maxDailyP90,
    long ratings,
    long complaints,
    long warnings) {}
