package dev.aphorist.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.aphorist.schedule.NodeBeat;
import dev.aphorist.schedule.NodeState;
import dev.aphorist.testing.EmbeddedPostgresServer;
import dev.aphorist.testing.OnH2AndPostgres;
import dev.aphorist.testing.WithPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

class JdbcNodeRegistryTest {

  private static final Instant T0 = Instant.parse("2025-06-10T09:00:00Z");

  private static Map<String, NodeBeat> byId(List<NodeBeat> beats) {
    return beats.stream().collect(Collectors.toMap(NodeBeat::instanceId, b -> b));
  }

  @OnH2AndPostgres
  void listsTheNodesThatBeatRecentlyWithTheirState(Database database) {
    JdbcNodeRegistry nodes = new JdbcNodeRegistry(database.dataSource(), database.vendor());
    assertThat(nodes.heartbeat("a", T0, NodeState.ACTIVE)).isTrue();
    assertThat(nodes.heartbeat("b", T0.plusSeconds(5), NodeState.IDLE)).isTrue();

    assertThat(byId(nodes.beatSince(T0.minusSeconds(1))))
        .containsOnlyKeys("a", "b")
        .hasEntrySatisfying("b", b -> assertThat(b.state()).isEqualTo(NodeState.IDLE))
        .allSatisfy((id, beat) -> assertThat(beat.sessionEnded()).isFalse());
    assertThat(byId(nodes.beatSince(T0))).containsOnlyKeys("b");

    nodes.heartbeat("a", T0.plusSeconds(6), NodeState.BOOSTED);
    assertThat(byId(nodes.beatSince(T0.plusSeconds(1))))
        .containsOnlyKeys("a", "b")
        .hasEntrySatisfying("a", a -> assertThat(a.state()).isEqualTo(NodeState.BOOSTED));
    nodes.leave("b");
    assertThat(byId(nodes.beatSince(T0))).containsOnlyKeys("a");
    nodes.leave("a");
  }

  @OnH2AndPostgres
  void aJoiningNodeForgetsRowsOfNodesGoneForADay(Database database) {
    JdbcNodeRegistry nodes = new JdbcNodeRegistry(database.dataSource(), database.vendor());
    nodes.heartbeat("crashed-long-ago", T0, NodeState.ACTIVE);

    nodes.heartbeat("new", T0.plusSeconds(86_401), NodeState.ACTIVE);

    assertThat(byId(nodes.beatSince(Instant.EPOCH))).containsOnlyKeys("new");
    nodes.leave("crashed-long-ago");
    nodes.leave("new");
  }

  @Test
  @ExtendWith(WithPostgres.class)
  void onPostgresANodeWhoseConnectionClosedShowsItsSessionEndedAndGetsANewOne(
      EmbeddedPostgresServer postgres) throws Exception {
    try (Database one = postgres.openFreshDatabase(4);
        Database two = Database.open(new DatabaseSettings(urlOf(one), "postgres", "", 4))) {
      JdbcNodeRegistry first = new JdbcNodeRegistry(one.dataSource(), one.vendor());
      JdbcNodeRegistry second = new JdbcNodeRegistry(two.dataSource(), two.vendor());
      Instant now = Instant.now();
      first.heartbeat("doomed", now, NodeState.ACTIVE);
      assertThat(second.beatSince(now.minusSeconds(10)))
          .singleElement()
          .satisfies(b -> assertThat(b.sessionEnded()).isFalse());

      // What kill -9 does to its connections: PostgreSQL ends the backend, the lock goes with it.
      assertThat(terminateLockSessions(two)).as("the doomed one's lock session").hasSize(1);

      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> second.beatSince(now.minusSeconds(10)).get(0).sessionEnded());

      assertThat(first.heartbeat("doomed", now.plusSeconds(2), NodeState.ACTIVE))
          .as("the next beat finds its session gone and says so")
          .isFalse();
      assertThat(first.heartbeat("doomed", now.plusSeconds(4), NodeState.ACTIVE))
          .as("and then holds a new one")
          .isTrue();
      assertThat(second.beatSince(now.minusSeconds(10)))
          .filteredOn(b -> b.instanceId().equals("doomed"))
          .singleElement()
          .satisfies(b -> assertThat(b.sessionEnded()).isFalse());
      first.leave("doomed");
      assertThat(terminateLockSessions(two)).as("leaving released the locks").isEmpty();
    }
  }

  private static String urlOf(Database database) throws Exception {
    try (Connection c = database.dataSource().getConnection()) {
      return c.getMetaData().getURL();
    }
  }

  /** Ends every backend holding one of Aphorist's session locks in this database. */
  private static List<Integer> terminateLockSessions(Database database) throws Exception {
    List<Integer> pids = new ArrayList<>();
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement query =
            c.prepareStatement(
                "SELECT pid, pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory'"
                    + " AND classid = CAST(? AS oid) AND database = (SELECT oid FROM pg_database"
                    + " WHERE datname = current_database())")) {
      query.setInt(1, SessionLock.NAMESPACE);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          pids.add(rows.getInt(1));
        }
      }
    }
    return pids;
  }
}
