package dev.aphorist.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aphorist.testing.OnH2AndPostgres;
import java.time.Instant;

class JdbcNodeRegistryTest {

  @OnH2AndPostgres
  void countsNodesThatBeatRecently(Database database) {
    JdbcNodeRegistry nodes = new JdbcNodeRegistry(database.dataSource());
    Instant t0 = Instant.parse("2025-06-10T09:00:00Z");
    nodes.heartbeat("a", t0);
    nodes.heartbeat("b", t0.plusSeconds(5));
    assertThat(nodes.liveSince(t0.minusSeconds(1))).isEqualTo(2);
    assertThat(nodes.liveSince(t0)).isEqualTo(1);
    nodes.heartbeat("a", t0.plusSeconds(6));
    assertThat(nodes.liveSince(t0.plusSeconds(1))).isEqualTo(2);
    nodes.leave("b");
    assertThat(nodes.liveSince(t0)).isEqualTo(1);
  }
}
