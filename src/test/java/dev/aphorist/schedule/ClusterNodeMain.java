package dev.aphorist.schedule;

import dev.aphorist.store.Database;
import dev.aphorist.store.DatabaseSettings;
import dev.aphorist.store.JdbcDeliveryStore;
import dev.aphorist.store.JdbcNodeRegistry;
import dev.aphorist.store.JdbcSubscriptionStore;
import dev.aphorist.testing.FixedChooser;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.time.Clock;
import java.time.Duration;

/**
 * One delivery process for the multi-process tests and the benchmark: runs the engine against a
 * shared database and posts through a poster over HTTP. Prints "ready" once started, and stops when
 * its standard input closes (or dies when killed).
 *
 * <p>Arguments: jdbc-url user instance-id poster-base-url [poster-class]. The poster class needs a
 * public constructor taking the base url (default {@link dev.aphorist.testing.HttpFakePoster}).
 */
public final class ClusterNodeMain {

  public static void main(String[] args) throws Exception {
    String url = args[0];
    String user = args[1];
    String instanceId = args[2];
    String posterUrl = args[3];
    String posterClass = args.length > 4 ? args[4] : "dev.aphorist.testing.HttpFakePoster";
    QuotePoster poster =
        (QuotePoster)
            Class.forName(posterClass).getConstructor(String.class).newInstance(posterUrl);
    // Tests shorten the timings; the benchmark runs with the production defaults.
    ScheduleSettings settings =
        Boolean.getBoolean("node.productionTimings")
            ? ScheduleSettings.defaults().withInstanceId(instanceId)
            : ScheduleSettings.defaults()
                .withInstanceId(instanceId)
                .withSweepInterval(Duration.ofSeconds(5))
                .withHeartbeat(Duration.ofMillis(500))
                .withLease(Duration.ofSeconds(5))
                .withNonceWindow(Duration.ofSeconds(60))
                .withBackoff(new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(5)));
    try (Database database = Database.open(new DatabaseSettings(url, user, "", 24));
        QotdEngine engine =
            QotdEngine.open(
                database.dataSource(),
                new JdbcSubscriptionStore(database.dataSource()),
                new JdbcDeliveryStore(database.dataSource()),
                new JdbcNodeRegistry(database.dataSource(), database.vendor()),
                new FixedChooser(),
                poster,
                settings,
                Clock.systemUTC())) {
      engine.startDelivering();
      System.out.println("ready " + engine.instanceId());
      System.out.flush();
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
      while (in.readLine() != null) {
        // keep running until the parent closes our stdin
      }
    }
  }
}
