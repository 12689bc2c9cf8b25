package dev.aphorist.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's database: a HikariCP pool over H2 or PostgreSQL, migrated by Flyway when
 * opened. Quartz, the repositories and the delivery engine all share this one pool.
 */
public final class Database implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Database.class);

  /** H2's error code for a file database that another process holds open. */
  private static final int H2_DATABASE_ALREADY_OPEN = 90020;

  private final HikariDataSource dataSource;
  private final DatabaseVendor vendor;

  private Database(HikariDataSource dataSource, DatabaseVendor vendor) {
    this.dataSource = dataSource;
    this.vendor = vendor;
  }

  /**
   * Opens the pool and applies every pending migration.
   *
   * @throws StoreException with a one-line reason if the database cannot be reached or migrated
   */
  public static Database open(DatabaseSettings settings) {
    DatabaseVendor vendor = settings.vendor();
    HikariDataSource dataSource = connect(settings, vendor);
    try {
      migrate(dataSource, vendor);
      return new Database(dataSource, vendor);
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public DatabaseVendor vendor() {
    return vendor;
  }

  @Override
  public void close() {
    dataSource.close();
  }

  private static HikariDataSource connect(DatabaseSettings settings, DatabaseVendor vendor) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(settings.url());
    config.setUsername(settings.user());
    config.setPassword(settings.password());
    config.setMaximumPoolSize(settings.poolSize());
    config.setPoolName("aphorist-db");
    try {
      return new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new StoreException(connectFailure(settings, vendor, e), e);
    }
  }

  private static String connectFailure(
      DatabaseSettings settings, DatabaseVendor vendor, Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (vendor == DatabaseVendor.H2
          && cause instanceof SQLException sql
          && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
        return "the embedded database "
            + settings.url()
            + " is in use by another process; H2 file mode serves one process only: stop the"
            + " other process, or set database.url to a PostgreSQL database to run several";
      }
    }
    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return "cannot connect to database " + settings.url() + ": " + root.getMessage();
  }

  private static void migrate(DataSource dataSource, DatabaseVendor vendor) {
    try {
      var result =
          Flyway.configure()
              .dataSource(dataSource)
              .locations(
                  "classpath:db/migration/common",
                  "classpath:db/migration/" + vendor.migrationFolder())
              .javaMigrations(new QuartzTablesMigration(vendor))
              .load()
              .migrate();
      if (result.migrationsExecuted > 0) {
        log.info(
            "database migrated to version {} ({} migrations)",
            result.targetSchemaVersion,
            result.migrationsExecuted);
      }
    } catch (FlywayException e) {
      throw new StoreException("database migration failed: " + e.getMessage(), e);
    }
  }
}
