package gov.approval.batch.statistics;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Inserts rows of {@code case_daily_statistics} as multi-row inserts of {@value #ROWS} rows: a full
 * rebuild writes millions of rows, and one statement per row (even batched, unless the driver
 * rewrites the batch) costs a round of parsing and planning per row. Closing it inserts what is
 * left. The way every database but PostgreSQL gets its rows (there {@link CopiedRows}).
 */
final class InsertedRows implements StatisticsRows {

  static final int ROWS = 250;

  /** Full statements queued before the batch is sent. */
  private static final int STATEMENTS_PER_BATCH = 20;

  private static final String INSERT =
      "insert into case_daily_statistics (" + StatisticsRows.COLUMNS + ") values ";

  private static final int PARAMETERS = 20;

  private final Connection connection;
  private final Timestamp now;
  private final List<Row> pending = new ArrayList<>(ROWS);
  private PreparedStatement full;
  private int queued;

  private record Row(LocalDate day, StatisticsKey key, DayCounts counts) {}

  InsertedRows(Connection connection, Timestamp now) {
    this.connection = connection;
    this.now = now;
  }

  @Override
  public void add(LocalDate day, StatisticsKey key, DayCounts counts) throws SQLException {
    pending.add(new Row(day, key, counts));
    if (pending.size() == ROWS) {
      if (full == null) {
        full = connection.prepareStatement(sql(ROWS));
      }
      bind(full);
      full.addBatch();
      if (++queued == STATEMENTS_PER_BATCH) {
        full.executeBatch();
        queued = 0;
      }
    }
  }

  @Override
  public void close() throws SQLException {
    try {
      if (full != null && queued > 0) {
        full.executeBatch();
      }
      if (!pending.isEmpty()) {
        try (PreparedStatement rest = connection.prepareStatement(sql(pending.size()))) {
          bind(rest);
          rest.executeUpdate();
        }
      }
    } finally {
      if (full != null) {
        full.close();
      }
    }
  }

  static String sql(int rows) {
    String one = "(" + "?, ".repeat(PARAMETERS - 1) + "?)";
    StringBuilder sql = new StringBuilder(INSERT.length() + rows * (one.length() + 2));
    sql.append(INSERT);
    for (int i = 0; i < rows; i++) {
      sql.append(i == 0 ? "" : ", ").append(one);
    }
    return sql.toString();
  }

  /** Binds the pending rows to {@code statement} and forgets them. */
  private void bind(PreparedStatement statement) throws SQLException {
    int p = 0;
    for (Row row : pending) {
      DayCounts c = row.counts();
      statement.setDate(++p, Date.valueOf(row.day()));
      statement.setLong(++p, row.key().departmentId());
      statement.setLong(++p, row.key().itemId());
      statement.setString(++p, row.key().regionLevel());
      statement.setString(++p, row.key().channel());
      statement.setInt(++p, c.received);
      statement.setInt(++p, c.accepted);
      statement.setInt(++p, c.refused);
      statement.setInt(++p, c.corrected);
      statement.setInt(++p, c.deficiencyAccepted);
      statement.setInt(++p, c.completed);
      statement.setInt(++p, c.completedOnTime);
      statement.setInt(++p, c.overdue);
      statement.setInt(++p, c.handlingDaysTotal());
      statement.setBigDecimal(++p, c.handlingDaysAverage());
      Integer p90 = c.handlingDaysP90();
      if (p90 == null) {
        statement.setNull(++p, Types.INTEGER);
      } else {
        statement.setInt(++p, p90);
      }
      statement.setInt(++p, c.ratings);
      statement.setInt(++p, c.complaints);
      statement.setInt(++p, c.warnings);
      statement.setTimestamp(++p, now);
    }
    pending.clear();
  }
}
