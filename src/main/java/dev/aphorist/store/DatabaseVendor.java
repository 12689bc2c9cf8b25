package dev.aphorist.store;

import java.util.Locale;

/** The databases Aphorist runs on, told apart by their JDBC url. */
public enum DatabaseVendor {
  H2("h2", "tables_h2.sql"),
  POSTGRESQL("postgresql", "tables_postgres.sql");

  private final String migrationFolder;
  private final String quartzScript;

  DatabaseVendor(String migrationFolder, String quartzScript) {
    this.migrationFolder = migrationFolder;
    this.quartzScript = quartzScript;
  }

  /** The vendor of a JDBC url, or an IllegalArgumentException naming the url's problem. */
  public static DatabaseVendor of(String jdbcUrl) {
    if (jdbcUrl == null || jdbcUrl.isBlank()) {
      throw new IllegalArgumentException(
          "database url is empty: use jdbc:h2:... or jdbc:postgresql:...");
    }
    String lower = jdbcUrl.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:h2:")) {
      return H2;
    }
    if (lower.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    throw new IllegalArgumentException(
        "unsupported database url '"
            + jdbcUrl
            + "': use jdbc:h2:file:<path> (embedded) or jdbc:postgresql://host/db");
  }

  /** Folder under db/migration with this vendor's own migrations. */
  public String migrationFolder() {
    return migrationFolder;
  }

  /** Name of the DDL script for Quartz's tables inside the Quartz jar. */
  String quartzScript() {
    return quartzScript;
  }
}
