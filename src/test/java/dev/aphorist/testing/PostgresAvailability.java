package dev.aphorist.testing;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the embedded PostgreSQL server once per test run (kept in JUnit's root store, closed at
 * the end of the run), or remembers why it could not be started.
 */
final class PostgresAvailability implements AutoCloseable {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(PostgresAvailability.class);

  private final EmbeddedPostgresServer server;
  private final String failure;

  private PostgresAvailability(EmbeddedPostgresServer server, String failure) {
    this.server = server;
    this.failure = failure;
  }

  static PostgresAvailability of(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent("server", k -> startOrExplain(), PostgresAvailability.class);
  }

  private static PostgresAvailability startOrExplain() {
    try {
      return new PostgresAvailability(EmbeddedPostgresServer.start(), null);
    } catch (Exception | LinkageError e) {
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      return new PostgresAvailability(
          null, "embedded PostgreSQL could not be started here: " + root.getMessage());
    }
  }

  boolean available() {
    return server != null;
  }

  String failure() {
    return failure;
  }

  EmbeddedPostgresServer server() {
    return server;
  }

  @Override
  public void close() throws Exception {
    if (server != null) {
      server.close();
    }
  }
}
