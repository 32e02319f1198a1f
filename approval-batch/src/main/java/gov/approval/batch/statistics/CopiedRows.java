package gov.approval.batch.statistics;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows of {@code case_daily_statistics} into PostgreSQL with {@code COPY ... FROM STDIN}
 * (text format) through the driver's copy API, on the pooled connection's physical connection, so
 * in the chunk's transaction like any statement. A full rebuild writes millions of rows; as
 * multi-row inserts the server parsed and planned statements of 5,000 parameters and the driver
 * encoded every parameter, which together were most of the job's writing time, where {@code COPY}
 * only parses lines.
 */
final class CopiedRows implements StatisticsRows {

  private static final String COPY =
      "copy case_daily_statistics (" + StatisticsRows.COLUMNS + ") from stdin";

  /** Characters gathered before they are handed to the driver. */
  private static final int BUFFER = 64 * 1024;

  private final CopyIn copy;
  private final String computedAt;
  private final StringBuilder lines = new StringBuilder(BUFFER + 512);
  private boolean ended;

  CopiedRows(Connection connection, Timestamp now) throws SQLException {
    this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
    // The JDBC driver sends a timestamp for a column without time zone as the JVM's local time:
    // the same value as the inserts write.
    this.computedAt = now.toLocalDateTime().toString().replace('T', ' ');
  }

  /**
   * Whether {@code connection} is PostgreSQL's, reachable through the pool's wrapper. The driver is
   * in the application's libraries, so its classes load on H2 too; they are only used here.
   */
  static boolean available(Connection connection) throws SQLException {
    return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())
        && connection.isWrapperFor(PGConnection.class);
  }

  @Override
  public void add(LocalDate day, StatisticsKey key, DayCounts c) throws SQLException {
    lines.append(day).append('\t');
    lines.append(key.departmentId()).append('\t');
    lines.append(key.itemId()).append('\t');
    text(key.regionLevel()).append('\t');
    text(key.channel()).append('\t');
    lines.append(c.received).append('\t');
    lines.append(c.accepted).append('\t');
    lines.append(c.refused).append('\t');
    lines.append(c.corrected).append('\t');
    lines.append(c.deficiencyAccepted).append('\t');
    lines.append(c.completed).append('\t');
    lines.append(c.completedOnTime).append('\t');
    lines.append(c.overdue).append('\t');
    lines.append(c.handlingDaysTotal()).append('\t');
    nullable(c.handlingDaysAverage() == null ? null : c.handlingDaysAverage().toPlainString());
    lines.append('\t');
    Integer p90 = c.handlingDaysP90();
    nullable(p90 == null ? null : p90.toString());
    lines.append('\t');
    lines.append(c.ratings).append('\t');
    lines.append(c.complaints).append('\t');
    lines.append(c.warnings).append('\t');
    lines.append(computedAt).append('\n');
    if (lines.length() >= BUFFER) {
      flush();
    }
  }

  @Override
  public void close() throws SQLException {
    if (ended) {
      return;
    }
    ended = true;
    try {
      flush();
      copy.endCopy();
    } finally {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    }
  }

  private void flush() throws SQLException {
    if (lines.isEmpty()) {
      return;
    }
    byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
    lines.setLength(0);
    try {
      copy.writeToCopy(bytes, 0, bytes.length);
    } catch (SQLException e) {
      ended = true;
      if (copy.isActive()) {
        copy.cancelCopy();
      }
      throw e;
    }
  }

  private void nullable(String value) {
    if (value == null) {
      lines.append("\\N");
    } else {
      lines.append(value);
    }
  }

  private static boolean plain(String value) {
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      if (ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r') {
        return false;
      }
    }
    return true;
  }

  /** A text value in COPY's text format: backslash, tab and line ends escaped. */
  private StringBuilder text(String value) {
    if (value == null) {
      return lines.append("\\N");
    }
    if (plain(value)) {
      return lines.append(value);
    }
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      switch (ch) {
        case '\\' -> lines.append("\\\\");
        case '\t' -> lines.append("\\t");
        case '\n' -> lines.append("\\n");
        case '\r' -> lines.append("\\r");
        default -> lines.append(ch);
      }
    }
    return lines;
  }
}
