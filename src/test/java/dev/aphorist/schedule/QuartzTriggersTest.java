package dev.aphorist.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aphorist.store.Database;
import dev.aphorist.testing.OnH2AndPostgres;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.TimeZone;

class QuartzTriggersTest {

  private static SubscriptionRequest request(long channel, String time, String zone) {
    return new SubscriptionRequest(
        1, channel, PostingSchedule.of(time, zone, "every day"), null, 7);
  }

  @OnH2AndPostgres
  void reconcileAddsReplacesAndRemovesTriggers(Database database) {
    EngineHarness h = new EngineHarness(database);
    Instant t0 = Instant.now();
    Subscription kept = h.subscriptions.upsert(request(1, "09:00", "Europe/Berlin"), t0);
    Subscription moved = h.subscriptions.upsert(request(2, "10:00", "UTC"), t0);
    Subscription dropped = h.subscriptions.upsert(request(3, "11:00", "UTC"), t0);
    DueMarker marker =
        new DueMarker(
            h.subscriptions,
            h.deliveries,
            new CatchUpPolicy(Duration.ZERO),
            Clock.systemUTC(),
            () -> {});
    try (QuartzTriggers triggers =
        QuartzTriggers.create(database.dataSource(), "t", 1, 2000, marker)) {
      triggers.reconcile(h.subscriptions.listActive());
      assertThat(triggers.scheduledIds())
          .containsExactlyInAnyOrder(kept.id(), moved.id(), dropped.id());
      Instant keptFire = triggers.nextFireTime(kept.id()).orElseThrow().toInstant();
      assertThat(keptFire.atZone(ZoneId.of("Europe/Berlin")).toLocalTime().toString())
          .isEqualTo("09:00");

      // While no process runs: one subscription changes time, one is deleted.
      h.subscriptions.upsert(request(2, "18:45", "Asia/Tokyo"), t0);
      h.subscriptions.deleteByChannel(3);
      triggers.reconcile(h.subscriptions.listActive());

      assertThat(triggers.scheduledIds()).containsExactlyInAnyOrder(kept.id(), moved.id());
      assertThat(triggers.nextFireTime(kept.id()).orElseThrow().toInstant()).isEqualTo(keptFire);
      Instant movedFire = triggers.nextFireTime(moved.id()).orElseThrow().toInstant();
      assertThat(movedFire.atZone(ZoneId.of("Asia/Tokyo")).toLocalTime().toString())
          .isEqualTo("18:45");
      assertThat(TimeZone.getTimeZone("Asia/Tokyo").getID()).isEqualTo("Asia/Tokyo");

      // Reconciling again changes nothing, and a paused subscription loses its trigger.
      triggers.reconcile(h.subscriptions.listActive());
      assertThat(triggers.triggerCount()).isEqualTo(2);
      h.subscriptions.pauseIfActive(kept.id(), "paused by @ann", t0);
      triggers.reconcile(h.subscriptions.listActive());
      assertThat(triggers.scheduledIds()).isEqualTo(List.of(moved.id()));
    }
  }
}
