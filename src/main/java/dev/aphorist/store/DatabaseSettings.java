package dev.aphorist.store;

import java.nio.file.Path;

/**
 * How to reach the database.
 *
 * @param url JDBC url: jdbc:h2:file:... (embedded, one process only) or jdbc:postgresql://...
 * @param user user name, may be empty for H2
 * @param password password, may be empty
 * @param poolSize maximum connections in the pool; Quartz needs its thread count + 3 of them
 */
public record DatabaseSettings(String url, String user, String password, int poolSize) {

  public static final int DEFAULT_POOL_SIZE = 16;

  public DatabaseSettings {
    DatabaseVendor.of(url); // rejects urls we do not support, with a clear message
    user = user == null ? "" : user;
    password = password == null ? "" : password;
    if (poolSize < 2) {
      throw new IllegalArgumentException("database pool size must be at least 2, got " + poolSize);
    }
  }

  /** The embedded default: an H2 file database named aphorist under {@code dataDir}. */
  public static DatabaseSettings embedded(Path dataDir) {
    Path base = dataDir.toAbsolutePath().normalize().resolve("aphorist");
    // A generous lock timeout: Quartz serializes its work with row locks, and H2's default of one
    // second fails transactions that merely wait behind a burst of trigger firings. No close on
    // exit: H2's own shutdown hook would close the database under our orderly shutdown, which still
    // needs it (the last deliveries, leaving the delivery nodes); our shutdown closes it last.
    return new DatabaseSettings(
        "jdbc:h2:file:" + base + ";LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE",
        "sa",
        "",
        DEFAULT_POOL_SIZE);
  }

  public DatabaseVendor vendor() {
    return DatabaseVendor.of(url);
  }

  @Override
  public String toString() {
    // Never print the password.
    return "DatabaseSettings[url=" + url + ", user=" + user + ", poolSize=" + poolSize + "]";
  }
}
