package gov.approval.batch.statistics;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;

/**
 * The columns ratings, complaints and warnings come from features whose tables do not exist yet
 * (evaluations, complaints, supervision warnings). This is the one place that fills them: today it
 * leaves them 0; when those tables arrive, add one grouped query per source here (by day,
 * department, item, region level, channel, like {@link CaseStatisticsProcessor}'s queries) and
 * nothing else changes.
 */
final class OtherFeatureCounts {

  private OtherFeatureCounts() {}

  /** Adds the day's ratings, complaints and warnings to {@code counts}; none so far. */
  static void addRatingsComplaintsWarnings(
      Connection connection, LocalDate day, Map<StatisticsKey, DayCounts> counts)
      throws SQLException {
    // Deliberately empty until the rating, complaint and warning tables exist: the columns stay 0.
  }
}
