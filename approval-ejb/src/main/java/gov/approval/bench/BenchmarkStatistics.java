package gov.approval.bench;

import gov.approval.platform.control.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Gives PostgreSQL's planner statistics of the generated data before the benchmark is declared
 * ready, as any bulk load should. Autovacuum analyzes a table only some time after its rows
 * arrived; until then the planner takes the item table for nearly empty, and the public list
 * filtered by theme and online level ran as a nested loop over every item (1.2 s a page instead of
 * 30 ms, measured by EXPLAIN ANALYZE on the generated catalogue). It vacuums too: a table's first
 * reader after a bulk load otherwise writes every page again to mark its rows committed, and the
 * benchmark's first statement over the cases paid for that (a GROUP BY took 11-16 s before a
 * VACUUM). H2 keeps no sampled statistics to refresh.
 */
@Stateless
public class BenchmarkStatistics {

  private static final Logger LOG = Logger.getLogger(BenchmarkStatistics.class.getName());

  @Resource(lookup = DatabaseMigration.DATASOURCE)
  DataSource dataSource;

  /** Outside a transaction: VACUUM cannot run inside one. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void refresh() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      String product = connection.getMetaData().getDatabaseProductName();
      if (product.toLowerCase(Locale.ROOT).contains("postgres")) {
        long started = System.nanoTime();
        connection.setAutoCommit(true);
        statement.execute("VACUUM (ANALYZE)");
        LOG.info(
            () ->
                "Benchmark data vacuumed and analyzed in "
                    + (System.nanoTime() - started) / 1_000_000
                    + " ms");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("benchmark data not vacuumed: " + e.getMessage(), e);
    }
  }
}
