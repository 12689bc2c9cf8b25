package dev.aphorist.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aphorist.schedule.NodeBeat;
import dev.aphorist.schedule.NodeState;
import dev.aphorist.testing.OnH2AndPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

  @OnH2AndPostgres
  void migrationsCreateOurTablesAndQuartzs(Database database) throws Exception {
    List<String> tables = new ArrayList<>();
    try (Connection c = database.dataSource().getConnection();
        ResultSet rows = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        tables.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
      }
    }
    assertThat(tables)
        .contains(
            "subscription",
            "delivery",
            "rotation_pick",
            "delivery_node",
            "qrtz_job_details",
            "qrtz_triggers",
            "qrtz_cron_triggers",
            "qrtz_fired_triggers",
            "qrtz_locks",
            "qrtz_scheduler_state");
  }

  @Test
  void reopeningAnEmbeddedDatabaseKeepsItsData(@TempDir Path dir) {
    try (Database first = Database.open(DatabaseSettings.embedded(dir))) {
      new JdbcNodeRegistry(first.dataSource(), first.vendor())
          .heartbeat("a", java.time.Instant.now(), NodeState.ACTIVE);
    }
    try (Database again = Database.open(DatabaseSettings.embedded(dir))) {
      assertThat(again.vendor()).isEqualTo(DatabaseVendor.H2);
      assertThat(
              new JdbcNodeRegistry(again.dataSource(), again.vendor())
                  .beatSince(java.time.Instant.EPOCH))
          .extracting(NodeBeat::instanceId)
          .containsExactly("a");
    }
  }

  @Test
  void embeddedUrlIsAnH2FileUnderTheDataFolder(@TempDir Path dir) {
    DatabaseSettings settings = DatabaseSettings.embedded(dir);
    assertThat(settings.url())
        .startsWith("jdbc:h2:file:" + dir.toAbsolutePath().resolve("aphorist"));
    assertThat(settings.toString()).doesNotContain("password=");
  }

  @Test
  void unsupportedOrUnreachableDatabasesSaySo() {
    assertThatThrownBy(() -> new DatabaseSettings("jdbc:mysql://x/db", "u", "p", 4))
        .hasMessageContaining("unsupported database url 'jdbc:mysql://x/db'");
    assertThatThrownBy(() -> new DatabaseSettings("jdbc:h2:mem:x", "u", "p", 1))
        .hasMessageContaining("pool size must be at least 2");
    assertThatThrownBy(
            () ->
                Database.open(
                    new DatabaseSettings("jdbc:postgresql://127.0.0.1:1/none", "u", "p", 2)))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("cannot connect to database jdbc:postgresql://127.0.0.1:1/none");
  }

  @Test
  void aSecondProcessOnTheEmbeddedDatabaseGetsAClearMessage(@TempDir Path dir) throws Exception {
    DatabaseSettings settings = DatabaseSettings.embedded(dir);
    Process holder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                TestClasspath.get(),
                HoldEmbeddedDatabase.class.getName(),
                dir.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    try {
      // The holder prints a line once the database is open.
      assertThat(new String(holder.getInputStream().readNBytes(5))).isEqualTo("open\n");
      assertThatThrownBy(() -> Database.open(settings))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("is in use by another process")
          .hasMessageContaining("H2 file mode serves one process only");
    } finally {
      holder.destroyForcibly().waitFor();
    }
  }
}
