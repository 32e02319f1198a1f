package gov.approval.batch.statistics;

/** The dimensions of one statistics row besides the day. */
public record StatisticsKey(long departmentId, long itemId, String regionLevel, String channel) {

  /**
   * Spreads the keys of a day over a hash map's buckets. The record's own hash (31 times each part
   * added up) gives department d with item i the same hash as department d + 1 with item i - 961,
   * and with thousands of consecutive item ids a day's map had buckets of many keys (a profile of
   * the full rebuild showed a fifth of the job's own time in tree lookups of those buckets).
   */
  @Override
  public int hashCode() {
    long h = departmentId * 0x9E3779B97F4A7C15L + itemId;
    h = h * 0xBF58476D1CE4E5B9L + java.util.Objects.hashCode(channel);
    return (int) (h ^ (h >>> 29) ^ (h >>> 32));
  }
}
