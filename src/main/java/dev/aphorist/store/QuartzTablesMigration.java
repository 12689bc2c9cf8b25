package dev.aphorist.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 2: Quartz's own tables, created by the DDL script that ships inside the Quartz jar for
 * the database in use, so the job store always matches the Quartz version on the classpath.
 *
 * <p>The scripts are written for manual use: their DROP TABLE statements and trailing COMMIT are
 * left out (Flyway owns the transaction). The H2 script creates no indexes; on H2 the indexes of
 * the PostgreSQL script are created too, since Quartz's queries by next fire time need them once
 * thousands of triggers exist.
 */
final class QuartzTablesMigration implements JavaMigration {

  private static final String SCRIPT_FOLDER = "org/quartz/impl/jdbcjobstore/";

  private final DatabaseVendor vendor;

  QuartzTablesMigration(DatabaseVendor vendor) {
    this.vendor = vendor;
  }

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("2");
  }

  @Override
  public String getDescription() {
    return "Quartz tables";
  }

  @Override
  public Integer getChecksum() {
    // No checksum: a Quartz upgrade that retouches its script must not fail validation of
    // databases migrated by an earlier version (a schema change would come as a new migration).
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    List<String> statements = new ArrayList<>(creationStatements(vendor.quartzScript()));
    if (vendor == DatabaseVendor.H2) {
      creationStatements(DatabaseVendor.POSTGRESQL.quartzScript()).stream()
          .filter(sql -> sql.toUpperCase(Locale.ROOT).startsWith("CREATE INDEX"))
          .forEach(statements::add);
    }
    try (Statement statement = context.getConnection().createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  /** The script's statements without comments, DROP statements and COMMIT. */
  static List<String> creationStatements(String scriptName) throws IOException {
    String script = read(scriptName);
    StringBuilder withoutComments = new StringBuilder();
    for (String line : script.split("\\R")) {
      if (!line.strip().startsWith("--")) {
        withoutComments.append(line).append('\n');
      }
    }
    List<String> statements = new ArrayList<>();
    for (String part : withoutComments.toString().split(";")) {
      String sql = part.strip();
      String upper = sql.toUpperCase(Locale.ROOT);
      if (!sql.isEmpty() && !upper.startsWith("DROP ") && !upper.equals("COMMIT")) {
        statements.add(sql);
      }
    }
    return statements;
  }

  private static String read(String scriptName) throws IOException {
    ClassLoader quartzLoader = org.quartz.Scheduler.class.getClassLoader();
    try (InputStream in = quartzLoader.getResourceAsStream(SCRIPT_FOLDER + scriptName)) {
      if (in == null) {
        throw new IOException("Quartz's DDL script " + scriptName + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
