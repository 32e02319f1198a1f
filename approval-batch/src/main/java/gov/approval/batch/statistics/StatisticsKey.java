package gov.approval.batch.statistics;

/** The dimensions of one statistics row besides the day. */
public record StatisticsKey(long departmentId, long itemId, String regionLevel, String channel) {}
