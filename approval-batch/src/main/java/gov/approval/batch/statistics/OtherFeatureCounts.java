package gov.approval.batch.statistics;

import gov.approval.platform.control.Clocks;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;

/**
 * The columns that come from other features' tables, counted per case like the case figures:
 * ratings given on the day (evaluation, including ratings later excluded by an upheld appeal: the
 * statistics count what citizens said, the scores decide what counts), complaints received on the
 * day about a case (complaints about a window, a person or in general name no item and stay out of
 * this table), and warnings raised on the day (supervision, a case's or a step's, yellow or red).
 */
final class OtherFeatureCounts {

  private static final String CASE = " join approval_case c on c.id = x.case_id";

  private OtherFeatureCounts() {}

  /** Adds the day's ratings, complaints and warnings to {@code counts}. */
  static void addRatingsComplaintsWarnings(
      Connection connection, LocalDate day, CaseStatisticsProcessor.Counts counts)
      throws SQLException {
    Timestamp start = Timestamp.from(day.atStartOfDay(Clocks.CITY_ZONE).toInstant());
    Timestamp end = Timestamp.from(day.plusDays(1).atStartOfDay(Clocks.CITY_ZONE).toInstant());
    CaseStatisticsProcessor.grouped(
        connection,
        " from evaluation_rating x" + CASE,
        "x.rated_on = ?",
        counts,
        (c, n) -> c.ratings += n,
        Date.valueOf(day));
    CaseStatisticsProcessor.grouped(
        connection,
        " from complaint x" + CASE,
        "x.received_at >= ? and x.received_at < ?",
        counts,
        (c, n) -> c.complaints += n,
        start,
        end);
    CaseStatisticsProcessor.grouped(
        connection,
        " from case_warning x" + CASE,
        "x.raised_at >= ? and x.raised_at < ?",
        counts,
        (c, n) -> c.warnings += n,
        start,
        end);
  }
}
