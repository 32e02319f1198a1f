package gov.approval.batch.statistics;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import javax.sql.DataSource;

/**
 * The three dashboard indexes of {@code case_daily_statistics} (as migration V20 defines them; a
 * migration that changes them changes this list too). A full rebuild writes every row of the table
 * again, about 2.3 million for a million cases, and keeping three indexes up to date row by row
 * cost more than the rows themselves; building each once over the finished table is a single sort.
 * The primary key stays: each chunk finds the rows of its days through it.
 */
final class DashboardIndexes {

  private static final String[][] INDEXES = {
    {"case_daily_statistics_department_idx", "department_id, stat_day"},
    {"case_daily_statistics_item_idx", "item_id, stat_day"},
    {"case_daily_statistics_level_idx", "region_level, stat_day"},
  };

  /** PostgreSQL's memory for one index build's sort (three run at once). */
  static final String SORT_MEMORY = "256MB";

  private DashboardIndexes() {}

  static void drop(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String[] index : INDEXES) {
        statement.execute("drop index if exists " + index[0]);
      }
    }
  }

  /**
   * Creates those that are missing; nothing when all are there. On PostgreSQL the three are built
   * at once, each on a connection of its own ({@code CREATE INDEX} takes a lock that lets others
   * build beside it): 4 s instead of 6 s for a million cases' rows on two cores.
   */
  static void create(DataSource dataSource, ExecutorService executor)
      throws SQLException, InterruptedException {
    boolean postgres;
    try (Connection connection = dataSource.getConnection()) {
      postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
      if (!postgres) {
        for (String[] index : INDEXES) {
          create(connection, index);
        }
        return;
      }
    }
    List<Future<?>> builds = new ArrayList<>();
    for (String[] index : INDEXES) {
      builds.add(
          executor.submit(
              () -> {
                try (Connection own = dataSource.getConnection();
                    Statement settings = own.createStatement()) {
                  // Each index sorts 2.3 million keys for a million cases: with the default 64 MB
                  // the sort spills to disk. The setting is the pooled connection's, so it is
                  // reset.
                  settings.execute("set maintenance_work_mem = '" + SORT_MEMORY + "'");
                  try {
                    create(own, index);
                  } finally {
                    settings.execute("reset maintenance_work_mem");
                  }
                }
                return null;
              }));
    }
    for (Future<?> build : builds) {
      try {
        build.get();
      } catch (ExecutionException e) {
        if (e.getCause() instanceof SQLException sql) {
          throw sql;
        }
        throw new IllegalStateException(e.getCause());
      }
    }
  }

  private static void create(Connection connection, String[] index) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "create index if not exists "
              + index[0]
              + " on case_daily_statistics ("
              + index[1]
              + ")");
    }
  }
}
