package gov.approval.batch.statistics;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The dashboards' index of {@code case_daily_statistics} by item (migration V21 says why it is the
 * only one besides the primary key; a migration that changes it changes this class too). A full
 * rebuild writes every row of the table again, about 2.5 million for a million cases; keeping the
 * index up to date row by row cost more than building it once over the finished table, which is a
 * single sort. The primary key stays: each chunk finds the rows of its days through it.
 */
final class DashboardIndex {

  static final String NAME = "case_daily_statistics_item_idx";

  private static final String COLUMNS = "item_id, stat_day";

  /** PostgreSQL's memory for the build's sort. */
  static final String SORT_MEMORY = "256MB";

  private DashboardIndex() {}

  static void drop(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("drop index if exists " + NAME);
    }
  }

  /** Creates it when it is missing; nothing when it is there. */
  static void create(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      boolean postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
      if (postgres) {
        // The build sorts 2.5 million keys for a million cases: with the default 64 MB the sort
        // spills to disk. The setting is the pooled connection's, so it is reset.
        statement.execute("set maintenance_work_mem = '" + SORT_MEMORY + "'");
      }
      try {
        statement.execute(
            "create index if not exists " + NAME + " on case_daily_statistics (" + COLUMNS + ")");
      } finally {
        if (postgres) {
          statement.execute("reset maintenance_work_mem");
        }
      }
    }
  }
}
