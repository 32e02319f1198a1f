package gov.approval.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Defines the application's datasource from MicroProfile Config (H2 by default, PostgreSQL by
 * environment) and brings its schema up to date with Flyway before anything else starts.
 */
@DataSourceDefinition(
    name = DatabaseMigration.DATASOURCE,
    className = "${MPCONFIG=approval.db.datasource-class}",
    url = "${MPCONFIG=approval.db.url}",
    user = "${MPCONFIG=approval.db.user}",
    password = "${MPCONFIG=approval.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    isolationLevel = java.sql.Connection.TRANSACTION_READ_COMMITTED)
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

  public static final String DATASOURCE = "java:app/jdbc/approval";

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = DATASOURCE)
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    // The thread's context class loader is the EAR's: Flyway's own loader sees only lib/ and would
    // silently find no migration in this module.
    MigrateResult result =
        Flyway.configure(Thread.currentThread().getContextClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }
}
